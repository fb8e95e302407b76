#pragma once

#include "protocol/analytics.h"
#include "scoring/activityscore.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableView;

namespace guild::app {
class DashboardService;
}
namespace guild::models {
class CohortTableModel;
class ContentTableModel;
} // namespace guild::models

namespace guild::ui {

class ActivityChart;
class KpiTile;
class MyActivityView;
class ReachChart;

/// The analytics dashboard. Admins see the community: KPI tiles (A, P, C, B, DAU/MAU, MRR) with their
/// change, A over time stacked from its parts, active members, cohort retention, top content and the
/// conversion funnel over a chosen range; what-if weights recompute A at once and can be saved for the
/// community; the view exports as CSV and PNG. Every member sees "My activity".
class DashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(app::DashboardService &dashboard, QWidget *parent = nullptr);

    void setAdmin(bool admin);
    /// Asks for the report of the chosen range (admins) and the member's own activity.
    void refresh();
    void setRange(const QDate &from, const QDate &to, const QString &granularity);
    /// The what-if weights; A is recomputed over the loaded report at once.
    void setWeights(const scoring::ActivityWeights &weights);
    scoring::ActivityWeights weights() const;
    /// Writes the current view; the answer comes as exported().
    void exportCsv(const QString &path);
    void exportPng(const QString &path);

    KpiTile *tile(int index) const { return m_tiles.at(index); }
    /// What the tiles summarise ("1 Nov – 30 Nov, against 2 Oct – 31 Oct").
    QString tilesCaption() const;
    QTableView *cohortTable() const { return m_cohorts; }
    QTableView *contentTable() const { return m_content; }
    QPushButton *saveWeightsButton() const { return m_saveWeights; }
    MyActivityView *myActivity() const { return m_mine; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;

    enum Tile
    {
        ActivityTile,
        ParticipationTile,
        QualityTile,
        MonetisationTile,
        StickinessTile,
        MrrTile,
        TileCount
    };

Q_SIGNALS:
    void exported(const QString &path, bool ok);
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCommunity();
    QWidget *buildWhatIf();
    void showReport(const protocol::analytics::Report &report);
    void rescore();
    void updateTiles();
    void updateFunnel();
    void retranslate();
    void writeInBackground(const QString &path, std::function<bool(const QString &)> write);

    app::DashboardService &m_dashboard;
    bool m_admin = false;
    bool m_loaded = false;
    protocol::analytics::Report m_report;
    QList<scoring::ActivityScore> m_scores;
    QTabWidget *m_tabs;
    QWidget *m_community = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_granularity = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_png = nullptr;
    std::array<KpiTile *, TileCount> m_tiles{};
    ActivityChart *m_activityChart = nullptr;
    ReachChart *m_reachChart = nullptr;
    std::array<QSlider *, 3> m_sliders{};
    std::array<QDoubleSpinBox *, 3> m_spins{};
    std::array<QLabel *, 3> m_weightNames{};
    QPushButton *m_saveWeights = nullptr;
    QPushButton *m_resetWeights = nullptr;
    QLabel *m_weightsInfo = nullptr;
    QTableView *m_cohorts = nullptr;
    QTableView *m_content = nullptr;
    QComboBox *m_contentOrder = nullptr;
    std::array<QLabel *, 4> m_funnelNames{};
    std::array<QProgressBar *, 4> m_funnel{};
    QLabel *m_status = nullptr;
    QLabel *m_tilesCaption = nullptr; ///< what the headline figures summarise, against what
    QLabel *m_cohortTitle = nullptr;
    QLabel *m_contentTitle = nullptr;
    QLabel *m_funnelTitle = nullptr;
    QLabel *m_whatIfTitle = nullptr;
    models::CohortTableModel *m_cohortModel;
    models::ContentTableModel *m_contentModel;
    MyActivityView *m_mine;
};

} // namespace guild::ui
