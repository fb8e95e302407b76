#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/moderation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guild::app {
class ProfileService;
}

namespace guild::ui {

class HintedListView;

/// The member's signed-in devices, this one first-marked: when each signed in and was last active.
class DeviceListModel final : public models::RecordListModel<protocol::DeviceSession>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::DeviceSession &session, int row, int role) const override;
};

/// One's own account in the settings: the display name, a new password (the current one first,
/// the rules shown as typed), and the devices signed in, each of which can be signed out.
class AccountPage final : public QWidget
{
    Q_OBJECT
public:
    AccountPage(app::ProfileService &profile, const QString &displayName, QWidget *parent = nullptr);

    QLineEdit *displayNameEdit() const { return m_name; }
    QPushButton *saveNameButton() const { return m_saveName; }
    QLineEdit *currentPasswordEdit() const { return m_current; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *repeatPasswordEdit() const { return m_repeat; }
    QPushButton *changePasswordButton() const { return m_changePassword; }
    HintedListView *deviceList() const { return m_deviceList; }
    QPushButton *endDeviceButton() const { return m_endDevice; }
    QPushButton *everywhereButton() const { return m_everywhere; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *pictureLabel() const { return m_picture; }
    /// Makes `file` small (at most 128 px, 64 KiB) off the GUI thread and saves it as the picture.
    void usePicture(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    void updateButtons();

    app::ProfileService &m_profile;
    QLineEdit *m_name;
    QPushButton *m_saveName;
    QLabel *m_picture;
    QPushButton *m_choosePicture;
    QPushButton *m_removePicture;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_rules;
    QPushButton *m_changePassword;
    DeviceListModel *m_devices;
    HintedListView *m_deviceList;
    QPushButton *m_endDevice;
    QPushButton *m_everywhere;
    QLabel *m_notice;
    QList<QWidget *> m_boxes; // the group boxes, retitled on a language change
};

} // namespace guild::ui
