#pragma once

// The client as Guild's main window sees it: every service the window is given, over one cache, with
// no server reachable. Shared by the start-up benchmarks.

#include "models/articlefeedmodel.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "net/chatconnection.h"
#include "secrets/secretstore.h"
#include "services/accountservice.h"
#include "services/adminservice.h"
#include "services/chatservice.h"
#include "services/communityservice.h"
#include "services/connectivity.h"
#include "services/courseauthoringservice.h"
#include "services/courseservice.h"
#include "services/dashboardservice.h"
#include "services/discussionservice.h"
#include "services/downloadservice.h"
#include "services/draftservice.h"
#include "services/feedservice.h"
#include "services/picturecache.h"
#include "services/publishingservice.h"
#include "services/reportservice.h"
#include "services/savedservice.h"
#include "services/searchservice.h"
#include "services/syncservice.h"
#include "services/videouploader.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "ui/mainwindow.h"

namespace guild::bench {

struct ClientHarness
{
    app::ApiClient api;
    app::MemorySecretStore secrets;
    app::Session session{api, secrets};
    app::LocalCache cache;
    models::ArticleFeedModel model;
    app::FeedService feed{api, cache, model};
    app::WriteOutbox writes{api, cache};
    app::DraftService drafts{cache};
    app::PublishingService publishing{api, cache, writes};
    app::DiscussionService discussion{api, cache, writes};
    app::SyncService sync{api, cache};
    app::Connectivity connectivity{api};
    app::ChatConnection chatLink{[] { return QString(); }};
    models::ChannelListModel channels;
    models::ChatMessageModel messages;
    app::ChatService chat{chatLink, cache, channels, messages};
    models::CourseListModel courseList;
    models::SyllabusModel syllabus;
    app::CourseService courses{api, cache, writes, courseList, syllabus};
    app::DownloadService downloads{api, cache};
    app::AccountService account{api, cache, writes};
    app::CommunityService community{api, cache, writes};
    app::AdminService admin{api};
    app::ReportService reports{api};
    app::CourseAuthoringService authoring{api};
    app::VideoUploader uploads{api};
    app::DashboardService dashboard{api, cache};
    app::PictureCache avatars{app::PictureCache::Kind::MemberAvatar, api, cache};
    app::PictureCache covers{app::PictureCache::Kind::CourseCover, api, cache};
    app::SearchService search{api, cache};
    app::SavedService saved{api, cache, writes};
    ui::MainWindow window{ui::MainWindow::Services{
        session,  feed,      publishing, discussion, sync,     connectivity, model,     chat,   channels,
        messages, courses,   downloads,  courseList, syllabus, account,      community, admin,  dashboard,
        reports,  authoring, uploads,    avatars,    covers,   search,       writes,    drafts, saved}};
};

} // namespace guild::bench
