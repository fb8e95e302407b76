#include "settingsdialog.h"

#include "account/accountpage.h"
#include "common/formatting.h"
#include "services/downloadservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

SettingsDialog::SettingsDialog(const QString &language, const QString &caFile, app::DownloadService *downloads,
                               app::ProfileService *profile, const QString &displayName, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_caFile(new QLineEdit(caFile, this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_appearance->addItem(tr("Follow the system"), QVariant::fromValue(ThemeController::Appearance::System));
    m_appearance->addItem(tr("Light"), QVariant::fromValue(ThemeController::Appearance::Light));
    m_appearance->addItem(tr("Dark"), QVariant::fromValue(ThemeController::Appearance::Dark));

    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Trusted certificate"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caHelp = new QLabel(tr("Only for a self-hosted server with its own certificate authority. Certificates "
                                 "are always verified; this adds one more authority to trust. Takes effect at the "
                                 "next start."),
                              this);
    caHelp->setTextFormat(Qt::PlainText);
    caHelp->setWordWrap(true);
    caHelp->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Appearance"), m_appearance);
    form->addRow(tr("Extra trusted certificate"), caRow);
    form->addRow(QString(), caHelp);
    if (downloads) {
        auto *used = new QLabel(tr("Measuring…"), this);
        used->setTextFormat(Qt::PlainText);
        auto *removeAll = new QPushButton(tr("Remove all downloads"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(used, 1);
        row->addWidget(removeAll);
        form->addRow(tr("Downloaded courses"), row);
        connect(downloads, &app::DownloadService::storageMeasured, used,
                [used](qint64 bytes) { used->setText(tr("%1 on this computer").arg(sizeText(bytes))); });
        connect(removeAll, &QPushButton::clicked, downloads, &app::DownloadService::removeAll);
        downloads->measureStorage();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (profile) {
        auto *tabs = new QTabWidget(this);
        auto *general = new QWidget(tabs);
        general->setLayout(form);
        tabs->addTab(general, tr("General"));
        tabs->addTab(new AccountPage(*profile, displayName, tabs), tr("Account"));
        layout->addWidget(tabs, 1);
    } else {
        layout->addLayout(form);
    }
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

ThemeController::Appearance SettingsDialog::appearance() const
{
    return m_appearance->currentData().value<ThemeController::Appearance>();
}

void SettingsDialog::setAppearance(ThemeController::Appearance appearance)
{
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(QVariant::fromValue(appearance))));
}

QString SettingsDialog::caFile() const
{
    return m_caFile->text().trimmed();
}

} // namespace guild::ui
