#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace guild::ui {

/// One key figure on the dashboard: its name, its value, and how it moved against the period before.
class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// `change` is relative (0.12 for +12 %); none when there is no period before or it was zero.
    void setValue(const QString &value, std::optional<double> change, const QString &detail);
    QString value() const;
    QString change() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace guild::ui
