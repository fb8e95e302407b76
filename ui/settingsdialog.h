#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace guild::ui {

/// Preferences: interface language and an extra trusted certificate for a self-hosted server.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &language, const QString &caFile, QWidget *parent = nullptr);

    /// "" for the system language, else a code from Translations::available().
    QString language() const;
    QString caFile() const;

private:
    QComboBox *m_language;
    QLineEdit *m_caFile;
};

} // namespace guild::ui
