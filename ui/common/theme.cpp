#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QList>
#include <QWidget>

#include <array>

namespace guild::ui::theme {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Indexed by Role. The dark ones are lighter and less saturated, so they read on a dark window
// without glowing; chips keep their hue and swap which of background and text is the pale one.
constexpr std::array<Pair, 22> colours{{
    {0xff2e7d32, 0xff81c784}, // Positive
    {0xffc62828, 0xffef9a9a}, // Negative
    {0xff8d6e00, 0xffffd54f}, // Warning
    {0xff616161, 0xffb0b4b8}, // Neutral
    {0xffd32f2f, 0xffe53935}, // AlertBadge
    {0xff78909c, 0xff607d8b}, // QuietBadge
    {0xffe3f2fd, 0xff173a5e}, // InfoChip
    {0xff0d47a1, 0xffbbdefb}, // InfoChipText
    {0xffffe0b2, 0xff4a3000}, // LockedChip
    {0xff8a4b00, 0xffffcc80}, // LockedChipText
    {0xffede7f6, 0xff3a2f5a}, // PinnedChip
    {0xff4527a0, 0xffd1c4e9}, // PinnedChipText
    {0xfffff3e0, 0xff4a2a10}, // DigestChip
    {0xffbf360c, 0xffffab91}, // DigestChipText
    {0xfffff4e5, 0xff3d2e14}, // Banner
    {0xff5f3b00, 0xffffe0b2}, // BannerText
    {0x5affc800, 0x50ffc800}, // Marked
    {0xffc8e6c9, 0xff1e4620}, // DoneDay
    {0xff8e24aa, 0xffce93d8}, // ChartActivity
    {0xff3f6fb5, 0xff7aa7f0}, // ChartParticipation
    {0xff43a047, 0xff81c784}, // ChartContent
    {0xfff9a825, 0xffffd54f}, // ChartBusiness
}};
static_assert(colours.size() == static_cast<std::size_t>(Role::ChartBusiness) + 1);

QPalette makePalette(QColor window, QColor base, QColor alternate, QColor text, QColor button, QColor disabledText,
                     QColor link, QColor visited, QColor placeholder)
{
    const QColor highlight(0x3daee9);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor fore = group == QPalette::Disabled ? disabledText : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, fore);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, fore);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, fore);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::ToolTipBase, button);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Highlight, group == QPalette::Disabled ? disabledText : highlight);
        p.setColor(group, QPalette::HighlightedText, QColor(0xfcfcfc));
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, visited);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        // Fusion draws bevels and frames from these.
        p.setColor(group, QPalette::Light, button.lighter(130));
        p.setColor(group, QPalette::Midlight, button.lighter(110));
        p.setColor(group, QPalette::Mid, button.darker(130));
        p.setColor(group, QPalette::Dark, button.darker(160));
        p.setColor(group, QPalette::Shadow, QColor(Qt::black));
    }
    return p;
}

// Kept as the widget's child: applies the roles again when the application's palette changes.
class Tinter final : public QObject
{
    Q_OBJECT
public:
    explicit Tinter(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
    }

    void setRoles(std::initializer_list<std::pair<QPalette::ColorRole, Role>> roles)
    {
        m_roles = QList<std::pair<QPalette::ColorRole, Role>>(roles);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::ApplicationPaletteChange) {
            apply();
        }
        return false;
    }

private:
    void apply()
    {
        // From the application's palette, not the widget's, which holds the colours of the old scheme.
        const QPalette base = QApplication::palette(m_widget);
        QPalette palette = m_widget->palette();
        for (const auto &[paletteRole, role] : m_roles) {
            palette.setColor(paletteRole, color(role, base));
        }
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    QList<std::pair<QPalette::ColorRole, Role>> m_roles;
};

} // namespace

void tint(QWidget *widget, std::initializer_list<std::pair<QPalette::ColorRole, Role>> roles)
{
    auto *tinter = widget->findChild<Tinter *>(QString(), Qt::FindDirectChildrenOnly);
    if (!tinter) {
        tinter = new Tinter(widget);
    }
    tinter->setRoles(roles);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor color(Role role, const QPalette &palette)
{
    const Pair &pair = colours.at(static_cast<std::size_t>(role));
    return QColor::fromRgba(isDark(palette) ? pair.dark : pair.light);
}

QPalette lightPalette()
{
    return makePalette(QColor(0xeff0f1), QColor(0xffffff), QColor(0xf4f5f6), QColor(0x232629), QColor(0xfcfcfc),
                       QColor(0xa0a3a6), QColor(0x2980b9), QColor(0x7f3fbf), QColor(0x7a7f85));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x2a2e32), QColor(0x1b1e20), QColor(0x23272a), QColor(0xfcfcfc), QColor(0x31363b),
                       QColor(0x6e7175), QColor(0x1d99f3), QColor(0x9b59b6), QColor(0x8b9196));
}

} // namespace guild::ui::theme

#include "theme.moc"
