#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ll {

// An inline note laid over a view that has nothing to show because the window holds a
// server-side summary (no raw events): says why, and offers to fetch them. Parented to the
// view and kept centred in it; hidden until showHint().
class SummaryHint : public QFrame {
    Q_OBJECT
public:
    explicit SummaryHint(QWidget* view);

    // Plain text (it may quote function names). The button is shown when buttonText is set.
    void showHint(const QString& text, const QString& buttonText, bool buttonEnabled);
    QString text() const;
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void fetchRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace ll
