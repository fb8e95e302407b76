#pragma once

#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QVideoWidget;

namespace guild::ui {

/// A lesson video: play and pause, a seek bar, speed 0.75x to 2x, keyboard shortcuts (Space, ← →,
/// [ ]), and resuming at the member's saved position. Plays a downloaded file or a signed stream. The
/// media objects are made on the first lesson: they load GStreamer, PulseAudio and OpenAL, which a
/// member who only reads never needs (a tenth of the client's memory at start).
class VideoPlayer final : public QWidget
{
    Q_OBJECT
public:
    explicit VideoPlayer(QWidget *parent = nullptr);
    ~VideoPlayer() override;

    /// Loads `source`, to start at `resumeAt` seconds once the media is ready.
    void load(const QUrl &source, double resumeAt);
    void stop();
    /// The player, made now if no lesson has been loaded yet.
    QMediaPlayer *player();
    double positionSeconds() const;
    void setRate(double rate);

Q_SIGNALS:
    /// Every few seconds while playing, and on pause: where the member is.
    void positionSaved(double seconds);
    /// Played to the end.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void togglePlay();
    void seekBy(double seconds);
    void updateTime();
    void createMedia();

    QWidget *m_screen;                ///< where the video goes once there is one
    QMediaPlayer *m_player = nullptr; ///< these three: made by createMedia()
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    QPushButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
    QComboBox *m_speed;
    QLabel *m_status;
    double m_resumeAt = 0;
    qint64 m_lastSavedMs = 0;
};

} // namespace guild::ui
