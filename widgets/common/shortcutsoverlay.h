#pragma once

#include <QWidget>

namespace ll {

// The keyboard help ("?"): a translucent sheet over the window listing every shortcut.
class ShortcutsOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutsOverlay(QWidget* parent);
    static QList<QPair<QString, QString>> shortcuts();
    void toggle();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ll
