using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnsupportedPlaybackNoticeTests
{
    [Theory]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Your browser does not support the video tag.")]
    [InlineData("This clip cannot be played on this device.")]
    public void A_players_words_for_a_reader_it_cannot_play_to_are_furniture(string line)
    {
        Assert.True(UnsupportedPlaybackNotice.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Video playback is not supported on older televisions, the company said on Tuesday.")]
    [InlineData("The ferry's new media room cannot play films, the harbour board said.")]
    [InlineData("Your device will be supported until 2026, the maker said.")]
    public void A_sentence_about_players_in_the_news_is_text(string line) => Assert.False(UnsupportedPlaybackNotice.Is(line));

    private const string Page = """
        <html><head><title>Harbour strike talks to resume - Coast Daily</title></head><body>
        <div class="story-body"><h1>Harbour strike talks to resume</h1>
        <div class="story-body__inner">
        <figure class="media-with-caption"><div class="player-with-placeholder">
        <img class="media-placeholder" src="/clips/strike.jpg">
        <div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>
        <div class="media-player-wrapper"><figure class="media-player"></figure></div></div>
        <figcaption class="media-with-caption__caption">Union leaders spoke outside the harbour office</figcaption></figure>
        <p>Talks between the harbour board and the dockers' union will resume on Monday after a week without a meeting.</p>
        <p>The union said its members would keep working to rule until an offer on shift pay was put to them in writing.</p>
        <p>The board said it hoped the two sides could agree a timetable for the talks before the end of the month.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void The_notice_in_a_players_caption_slot_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "strike.html");
        Assert.Equal(["Union leaders spoke outside the harbour office"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("playback", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dumps_notice_line_under_the_players_poster_is_no_headline()
    {
        // "[p07hx2kd]": w3m prints the player's poster by its file name, over the player's notice.
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Coast Daily Navigation

            Sections

              • Home
              • Harbour selected
              • Business

            Harbour selected

              • Harbour Politics
              • Harbour Business

            Harbour
            Harbour

            Harbour strike talks to resume on Monday

              • 4 June 2021
              • comments

              • Share this with Facebook
              • Share this with Twitter
              • Share

                Share this with

                These are external links and will open in a new window

                Close share panel

            Related Topics

              • Harbour strike

            [p07hx2kd]
            Media playback is unsupported on your device


            Media captionUnion leaders spoke outside the harbour office

            Talks between the harbour board and the dockers' union will resume on Monday after a week without a meeting.

            The union said its members would keep working to rule until an offer on shift pay was put to them in writing.

            The board said it hoped the two sides could agree a timetable for the talks before the end of the month.
            """), "strike.w3m.txt");

        Assert.Equal("Harbour strike talks to resume on Monday", page.Title);
        Assert.DoesNotContain("Media playback is unsupported on your device", page.Captions);
    }
}
