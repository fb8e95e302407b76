#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace guild::app {
class DownloadService;
}

namespace guild::ui {

/// Preferences: interface language and an extra trusted certificate for a self-hosted server.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `downloads` (optional) adds the storage that downloaded courses use, and a way to free it.
    SettingsDialog(const QString &language, const QString &caFile, app::DownloadService *downloads = nullptr,
                   QWidget *parent = nullptr);

    /// "" for the system language, else a code from Translations::available().
    QString language() const;
    QString caFile() const;

private:
    QComboBox *m_language;
    QLineEdit *m_caFile;
};

} // namespace guild::ui
