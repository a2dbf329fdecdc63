#pragma once

#include "logsearch/filterengine.h"
#include "logsearch/linesource.h"
#include "logsearch/matchdensity.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace ll {

class LogHeader;
class MatchStrip;
struct DisplayText;

// The log browser's line list (klogg style): a QAbstractScrollArea that scrolls by rows, fetches
// only the visible rows in one batch per repaint and caches the rendered text area until a
// scroll, resize or data change. Stays smooth at 10M rows. All log text is drawn as plain text.
// A strip beside the scroll bar shows where errors and marked rows (search matches) are.
class LogView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum Column { Time, Function, RequestId, Level, Message, FixedColumnCount };
    static constexpr int WrapBytes = 16 * 1024;  // of a wrapped message shown (the detail pane has all)

    explicit LogView(QWidget* parent = nullptr);
    ~LogView() override;

    void setSource(LineSourcePtr source);
    // The same data grown (live tail rebuilt the fleet): a view that followed the end keeps
    // following it; otherwise it keeps its place and counts the new lines.
    void replaceSource(LineSourcePtr source);
    const LineSourcePtr& source() const { return m_source; }
    // The rows to show: sorted source rows, or nullptr for rows 0..count-1.
    void setRows(RowsPtr rows, uint32_t count);
    // Live tail: the same rows plus `added` at the end. Follows when at the bottom.
    void appendRows(RowsPtr rows, uint32_t count, uint32_t added);
    uint32_t rowCount() const { return m_count; }
    uint32_t sourceRowAt(uint32_t i) const { return m_rows ? (*m_rows)[i] : i; }

    void setHighlighters(QVector<TextMatcherPtr> highlighters);
    // Rows to mark in the strip (search matches when lines are shown in context); nullptr: none.
    void setMarks(RowsPtr marks);
    const MatchDensity& errorDensity() const { return m_errorDensity; }
    const MatchDensity& markDensity() const { return m_markDensity; }
    void setJsonColumns(const QStringList& keys);
    QStringList jsonColumns() const { return m_jsonKeys; }

    // Current line, as a source row (-1: none). Setting it scrolls it into view.
    int64_t currentSourceRow() const { return m_current; }
    void setCurrentSourceRow(int64_t row);
    // Scrolls to the first shown row at or after `sourceRow`.
    void scrollToSourceRow(uint32_t sourceRow);
    int firstVisibleIndex() const;
    int visibleRowCapacity() const;
    void nextMark(bool forward);

    // Wrapping: one row on demand (W on the current row) or every row (Shift+W, setWrapAll).
    // Rows scroll by index, so only wrapped rows that come on screen are measured; every other
    // row keeps the uniform height, and 10M rows cost no more than before.
    void setWrapAll(bool wrap);
    bool wrapAll() const { return m_wrapAll; }
    void setRowExpanded(uint32_t sourceRow, bool expanded);
    bool isRowExpanded(uint32_t sourceRow) const { return m_expanded.contains(sourceRow); }
    void toggleCurrentRowWrap();
    int lineHeight() const { return m_lineHeight; }
    // Height of the row at view index `index` (the uniform line height unless wrapped).
    int rowHeightAt(uint32_t index) const;
    // Where the row at `index` is drawn, or an empty rect when it is not on screen.
    QRect rowRect(uint32_t index) const;
    int64_t indexAtY(int y) const;   // -1 below the last row
    size_t measuredRowCount() const { return size_t(m_heights.size()); }

    bool isFollowing() const { return m_follow; }
    uint32_t newLineCount() const { return m_newLines; }
    void scrollToBottom();

    // The exact string drawn for a cell (tests compare it with the message).
    QString cellText(uint32_t sourceRow, int column) const;
    QString columnTitle(int column) const;
    int columnCount() const { return FixedColumnCount + int(m_jsonKeys.size()); }
    int columnX(int column) const;
    int columnWidth(int column) const;

Q_SIGNALS:
    void currentRowChanged(int64_t sourceRow);
    void invocationActivated(int64_t invocation);
    void followChanged(bool following);
    void wrapAllChanged(bool wrap);
    void newLinesChanged(uint32_t count);
    void filterRequested();       // "/" pressed
    void clearFilterRequested();  // Esc pressed

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void updateScrollRange();
    void updateGeometries();
    void layoutColumns();
    void invalidate();
    void renderCache();
    void paintRow(QPainter& p, const LineRecord& line, int y, int height, bool current);
    void paintWrappedMessage(QPainter& p, const QRect& r, const DisplayText& text, const QColor& color);
    bool isWrapped(uint32_t sourceRow) const { return m_wrapAll || m_expanded.contains(sourceRow); }
    int wrappedHeight(uint32_t sourceRow, std::string_view message) const;
    int sourceRowHeight(uint32_t sourceRow) const;
    int wrapWidth() const;
    int rowsFittingAtEnd() const;
    void ensureIndexVisible(int64_t index);
    void wrapChanged();
    void paintCell(QPainter& p, const QRect& r, const QString& text, const QColor& color);
    void paintMessage(QPainter& p, const QRect& r, const DisplayText& text, const QColor& color);
    void paintNewLinesBadge(QPainter& p);
    QRect newLinesBadgeRect() const;
    void moveCurrent(int delta);
    int64_t indexOfSourceRow(uint32_t sourceRow, bool exact) const;
    void scheduleDensity();
    void computeDensity();
    void onScrollValueChanged(int value);
    void setFollow(bool follow);
    QString functionName(uint32_t function) const;

    LineSourcePtr m_source;
    RowsPtr m_rows;
    uint32_t m_count = 0;
    RowsPtr m_marks;
    QVector<TextMatcherPtr> m_highlighters;
    QStringList m_jsonKeys;
    mutable QVector<QString> m_functionNames;

    int64_t m_current = -1;
    bool m_follow = true;
    bool m_stickToEnd = false;     // set by replaceSource while following, until the user scrolls
    int m_restoreScroll = -1;      // set by replaceSource while not following
    bool m_settingRange = false;
    uint32_t m_newLines = 0;

    QPixmap m_cache;
    bool m_cacheValid = false;
    std::vector<uint32_t> m_fetchRows;
    std::vector<LineRecord> m_fetched;

    bool m_wrapAll = false;
    QSet<uint32_t> m_expanded;               // source rows wrapped on demand
    mutable QHash<uint32_t, int> m_heights;  // wrapped rows measured so far, by source row

    int m_lineHeight = 16;
    int m_charWidth = 8;
    QVector<int> m_colX;
    QVector<int> m_colW;

    LogHeader* m_header = nullptr;
    MatchStrip* m_strip = nullptr;
    QTimer m_densityTimer;
    uint64_t m_densityGeneration = 0;
    MatchDensity m_errorDensity;
    MatchDensity m_markDensity;
};

} // namespace ll
