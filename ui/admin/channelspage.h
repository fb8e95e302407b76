#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/chat.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace guild::app {
class AdminService;
}

namespace guild::ui {

class HintedListView;

/// The community's channels as an admin sees them: name, topic and the tier each needs.
class ChannelAdminModel final : public models::RecordListModel<protocol::chat::Channel>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::chat::Channel &channel, int row, int role) const override;
};

/// The admin panel's Channels tab: make a channel, rename it, change its topic or tier, archive it.
/// Members see each change at once.
class ChannelsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPage(app::AdminService &admin, QWidget *parent = nullptr);

    HintedListView *channelList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *tierBox() const { return m_tier; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *archiveButton() const { return m_archive; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    /// The form's channel, as the server takes it.
    protocol::ChannelInput input() const;
    void showSelected();

    app::AdminService &m_admin;
    ChannelAdminModel *m_channels;
    HintedListView *m_list;
    QLineEdit *m_name;
    QLineEdit *m_topic;
    QComboBox *m_tier;
    QPushButton *m_create;
    QPushButton *m_save;
    QPushButton *m_archive;
};

} // namespace guild::ui
