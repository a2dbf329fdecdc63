#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace ll {

// A non-modal message strip above a panel: errors and warnings never pop up modal boxes.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget* parent = nullptr);

    // The text is shown as plain text (it may quote file names or log content).
    void showMessage(Kind kind, const QString& text, const QString& actionText = {}, std::function<void()> action = {});
    QString text() const;

Q_SIGNALS:
    void dismissed();

private:
    QLabel* m_label;
    QPushButton* m_action;
    QPushButton* m_close;
    std::function<void()> m_callback;
};

} // namespace ll
