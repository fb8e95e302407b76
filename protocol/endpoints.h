#pragma once

#include "protocol/endpoints/accounts.h"
#include "protocol/endpoints/analytics.h"
#include "protocol/endpoints/articles.h"
#include "protocol/endpoints/chat.h"
#include "protocol/endpoints/courses.h"
#include "protocol/endpoints/engagement.h"
#include "protocol/endpoints/membership.h"

#include <array>

// Every route of the REST API, in one list: the server registers from it, docs/api.md is checked
// against it, and tests walk it.
namespace guild::protocol::endpoints {

inline constexpr std::array<const Route *, 78> All{&Health,
                                                   &Register,
                                                   &Login,
                                                   &Refresh,
                                                   &Logout,
                                                   &Me,
                                                   &MyMembership,
                                                   &ListTiers,
                                                   &ListArticles,
                                                   &CreateArticle,
                                                   &GetArticle,
                                                   &EditArticle,
                                                   &DeleteArticle,
                                                   &LikeArticle,
                                                   &UnlikeArticle,
                                                   &ListComments,
                                                   &AddComment,
                                                   &GetPoll,
                                                   &VotePoll,
                                                   &MyScheduledArticles,
                                                   &Sync,
                                                   &ListChannels,
                                                   &ChannelHistory,
                                                   &GetThread,
                                                   &PromoteToArticle,
                                                   &PromoteToQuestion,
                                                   &ChatSocket,
                                                   &ListCourses,
                                                   &GetCourse,
                                                   &Enroll,
                                                   &SaveProgress,
                                                   &GrantCourse,
                                                   &GetLesson,
                                                   &AnswerQuiz,
                                                   &VideoLink,
                                                   &MyHomework,
                                                   &SubmitHomework,
                                                   &HomeworkToReview,
                                                   &ReviewHomework,
                                                   &LessonMedia,
                                                   &MyNotifications,
                                                   &MarkNotificationsRead,
                                                   &VerifyCertificate,
                                                   &StartTrial,
                                                   &Checkout,
                                                   &PaymentWebhook,
                                                   &DemoCheckout,
                                                   &MyPayments,
                                                   &Redeem,
                                                   &CreateCode,
                                                   &ListMembers,
                                                   &ExportMembers,
                                                   &SetMemberTier,
                                                   &MemberPayments,
                                                   &MyStanding,
                                                   &MyPoints,
                                                   &CheckIn,
                                                   &MyCheckins,
                                                   &SetTimezone,
                                                   &Leaderboard,
                                                   &ListQuestions,
                                                   &AskQuestion,
                                                   &GetQuestion,
                                                   &AnswerQuestion,
                                                   &VoteAnswer,
                                                   &AcceptAnswer,
                                                   &FeatureAnswer,
                                                   &ListEvents,
                                                   &CreateEvent,
                                                   &Rsvp,
                                                   &SendFeedback,
                                                   &ListFeedback,
                                                   &AnswerFeedback,
                                                   &ReportUsage,
                                                   &AnalyticsReport,
                                                   &WeightHistory,
                                                   &SetWeights,
                                                   &MyActivity};

} // namespace guild::protocol::endpoints
