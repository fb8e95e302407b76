#include "accountpage.h"

#include "common/hintedlistview.h"
#include "common/notice.h"
#include "common/picturefile.h"
#include "protocol/accountrules.h"
#include "protocol/limits.h"
#include "services/profileservice.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using protocol::DeviceSession;

QVariant DeviceListModel::display(const DeviceSession &s, int /*row*/, int role) const
{
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        const QString line = tr("Signed in %1 · last active %2")
                                 .arg(locale.toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                                      locale.toString(s.refreshedAt.toLocalTime(), QLocale::ShortFormat));
        return s.current ? tr("This device") + u" · "_s + line : line;
    }
    if (role == Qt::FontRole && s.current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

AccountPage::AccountPage(app::ProfileService &profile, const QString &displayName, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(displayName, this))
    , m_saveName(new QPushButton(this))
    , m_picture(new QLabel(this))
    , m_choosePicture(new QPushButton(this))
    , m_removePicture(new QPushButton(this))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_rules(new QLabel(this))
    , m_changePassword(new QPushButton(this))
    , m_devices(new DeviceListModel(this))
    , m_deviceList(new HintedListView(this))
    , m_endDevice(new QPushButton(this))
    , m_everywhere(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    m_deviceList->setModel(m_devices);
    buildLayout();
    wire();
    retranslate();
    m_profile.loadSessions();
    m_profile.loadAvatar();
}

void AccountPage::buildLayout()
{
    m_name->setMaxLength(64);
    for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
        secret->setEchoMode(QLineEdit::Password);
    }
    for (QLabel *label : {m_rules, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_rules->setForegroundRole(QPalette::PlaceholderText);

    auto *nameBox = new QGroupBox(this);
    auto *nameRow = new QHBoxLayout(nameBox);
    m_picture->setFixedSize(64, 64);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setScaledContents(false);
    nameRow->addWidget(m_picture);
    auto *pictureButtons = new QVBoxLayout;
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_removePicture);
    nameRow->addLayout(pictureButtons);
    nameRow->addSpacing(12);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);

    auto *passwordBox = new QGroupBox(this);
    auto *passwordForm = new QFormLayout(passwordBox);
    passwordForm->addRow(QString(), m_current);
    passwordForm->addRow(QString(), m_new);
    passwordForm->addRow(QString(), m_repeat);
    passwordForm->addRow(QString(), m_rules);
    passwordForm->addRow(QString(), m_changePassword);

    auto *devicesBox = new QGroupBox(this);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->addWidget(m_deviceList, 1);
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_endDevice);
    deviceButtons->addStretch();
    deviceButtons->addWidget(m_everywhere);
    devicesLayout->addLayout(deviceButtons);

    m_boxes = {nameBox, passwordBox, devicesBox};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameBox);
    layout->addWidget(passwordBox);
    layout->addWidget(devicesBox, 1);
    layout->addWidget(m_notice);
}

void AccountPage::wire()
{
    connect(m_saveName, &QPushButton::clicked, this, [this] { m_profile.changeDisplayName(m_name->text()); });
    connect(m_choosePicture, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            pictureFileFilter());
        if (!file.isEmpty()) {
            usePicture(file);
        }
    });
    connect(m_removePicture, &QPushButton::clicked, this, [this] { m_profile.setAvatar(QByteArray()); });
    connect(&m_profile, &app::ProfileService::avatarLoaded, this, [this](const QByteArray &image) {
        QPixmap pixmap;
        pixmap.loadFromData(image);
        m_picture->setPixmap(pixmap.isNull()
                                 ? QPixmap()
                                 : pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_picture->setText(pixmap.isNull() ? tr("No picture") : QString());
        m_removePicture->setEnabled(!pixmap.isNull());
    });
    connect(m_name, &QLineEdit::textChanged, this, &AccountPage::updateButtons);
    for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
        connect(secret, &QLineEdit::textChanged, this, &AccountPage::updateButtons);
    }
    connect(m_changePassword, &QPushButton::clicked, this,
            [this] { m_profile.changePassword(m_current->text(), m_new->text()); });
    connect(&m_profile, &app::ProfileService::passwordChanged, this, [this] {
        for (QLineEdit *secret : {m_current, m_new, m_repeat}) {
            secret->clear();
        }
    });
    connect(&m_profile, &app::ProfileService::sessionsLoaded, m_devices, &DeviceListModel::setRecords);
    connect(m_deviceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountPage::updateButtons);
    connect(m_devices, &QAbstractItemModel::modelReset, this, &AccountPage::updateButtons);
    connect(m_endDevice, &QPushButton::clicked, this, [this] {
        if (const DeviceSession *s = m_devices->at(m_deviceList->currentIndex()); s && !s->current) {
            m_profile.endSession(s->id);
        }
    });
    connect(m_everywhere, &QPushButton::clicked, &m_profile, &app::ProfileService::signOutEverywhere);
    connect(&m_profile, &app::ProfileService::notice, this,
            [this](const QString &message, bool ok) { showNotice(m_notice, message, ok); });
}

void AccountPage::updateButtons()
{
    m_saveName->setEnabled(!m_name->text().trimmed().isEmpty());
    const bool matches = m_new->text() == m_repeat->text();
    m_changePassword->setEnabled(!m_current->text().isEmpty() &&
                                 protocol::accountrules::isValidPassword(m_new->text()) && matches);
    m_rules->setText(!m_repeat->text().isEmpty() && !matches
                         ? tr("The new password is not the same twice.")
                         : tr("A new password needs 8 characters or more. Your other devices will be signed out."));
    const DeviceSession *selected = m_devices->at(m_deviceList->currentIndex());
    m_endDevice->setEnabled(selected && !selected->current);
}

void AccountPage::retranslate()
{
    const QStringList titles{tr("Your name and picture"), tr("Password"), tr("Signed-in devices")};
    for (int i = 0; i < m_boxes.size(); ++i) {
        static_cast<QGroupBox *>(m_boxes.at(i))->setTitle(titles.at(i));
    }
    m_name->setPlaceholderText(tr("How others see you"));
    m_saveName->setText(tr("Save"));
    m_current->setPlaceholderText(tr("Current password"));
    m_new->setPlaceholderText(tr("New password"));
    m_repeat->setPlaceholderText(tr("New password again"));
    m_choosePicture->setText(tr("Choose picture…"));
    m_removePicture->setText(tr("Remove"));
    m_changePassword->setText(tr("Change password"));
    m_endDevice->setText(tr("Sign out the selected device"));
    m_everywhere->setText(tr("Sign out everywhere"));
    m_deviceList->setPlaceholderText(tr("Your signed-in devices are listed here."));
    updateButtons();
}

void AccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_devices->refresh();
    }
    QWidget::changeEvent(event);
}

void AccountPage::usePicture(const QString &file)
{
    preparePicture(file, QSize(128, 128), protocol::limits::AvatarBytesMax, this, [this](const QByteArray &bytes) {
        if (bytes.isEmpty()) {
            showNotice(m_notice, tr("This file is not a picture Guild can read."), false);
            return;
        }
        m_profile.setAvatar(bytes);
    });
}

} // namespace guild::ui
