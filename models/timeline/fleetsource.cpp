#include "timeline/fleetsource.h"

namespace ll {

TimelineSource timelineSourceFromFleet(const FleetPtr& fleet)
{
    TimelineSource src;
    if (!fleet)
        return src;
    src.columns = &fleet->columns();
    src.owner = fleet;
    for (size_t f = 0; f < fleet->functionCount(); ++f) {
        const FunctionInfo& info = fleet->function(uint32_t(f));
        src.functions.push_back(TimelineFunction{info.id, fleet->displayName(info.id), info.service});
    }
    src.text = [fleet](uint32_t id) {
        const std::string_view s = fleet->string(id);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    src.streamName = [fleet](uint32_t stream) {
        const std::string_view s = fleet->streamName(stream);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    return src;
}

} // namespace ll
