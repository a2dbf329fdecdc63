#pragma once

#include <QWidget>

namespace ll {

class LogView;

// Column titles above the log view's rows.
class LogHeader : public QWidget {
    Q_OBJECT
public:
    explicit LogHeader(LogView* view);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    LogView* m_view;
};

// The minimap beside the scroll bar: density of error lines (red) and marked rows (search
// matches, yellow) over the shown rows, plus the visible window. Clicking jumps there.
class MatchStrip : public QWidget {
    Q_OBJECT
public:
    explicit MatchStrip(LogView* view);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void jumpTo(int y);
    LogView* m_view;
};

QColor levelTextColor(uint8_t level, const QPalette& palette);
QColor levelRowColor(uint8_t level, const QPalette& palette);

} // namespace ll
