#pragma once

#include <functional>

namespace guild::server {

class AnalyticsService;
class ApiServer;
class ArticleService;
class AuthService;
class ChatService;
class CourseService;
class HomeworkService;
class MediaSigner;
class CommunityService;
class PaymentService;
class PollService;
class PointsService;
class MembershipService;
class SyncService;
class ThreadPromotion;

// One registration function per resource; each handler decodes, authorises, calls a domain service
// and encodes. Domain services know nothing of HTTP.
void registerHealthRoutes(ApiServer &server);
void registerAuthRoutes(ApiServer &server, AuthService &auth);
void registerAccountRoutes(ApiServer &server, MembershipService &memberships);
void registerArticleRoutes(ApiServer &server, ArticleService &articles, PollService &polls);
void registerSyncRoutes(ApiServer &server, SyncService &sync);
void registerChatRoutes(ApiServer &server, ChatService &chat, ThreadPromotion &promotion);
void registerMembershipRoutes(ApiServer &server, MembershipService &memberships, PaymentService &payments);
void registerEngagementRoutes(ApiServer &server, PointsService &points, CommunityService &community);
void registerAnalyticsRoutes(ApiServer &server, AnalyticsService &analytics);
/// Only with guild-server --test-clock: moves the server's clock (day-boundary tests); `moved` runs
/// after each move (live sessions look at their deadlines again).
void registerTestClockRoute(ApiServer &server, std::function<void()> moved);
void registerCourseRoutes(ApiServer &server, CourseService &courses, HomeworkService &homework,
                          const MediaSigner &signer);

} // namespace guild::server
