using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DoubledClipTitleTests
{
    private const string Page = """
           POLITICS

        Harbour board takes fire as candidates battle over the ferry fares

        'You're just wrong,' the chair said as she answered the critics during the long evening meeting at the town hall

           By Paul Okafor
           Published November 9, 2023 3:02am EST
             * Facebook
             * Email

           close
           CLIPBADGE

        CLIPTITLE

           Harbour News top headlines are here. Check out what's clicking on the harbour site.

           HARBOUR – The board chair gave as good as she got at the third meeting on the fares, on a small stage in the town hall.

           Three of the members took aim at the chair, but it was the ferry company's man who spoke the longest.
        """;

    private static ParsedPage Parse(string badged, string title) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("CLIPBADGE", badged).Replace("CLIPTITLE", title)), "board.txt");

    [Fact]
    public void A_clip_title_under_its_copy_with_the_video_badge_is_no_headline() =>
        Assert.Equal(
            "Harbour board takes fire as candidates battle over the ferry fares",
            Parse("Harbour News top headlines for November 8 Video", "Harbour News top headlines for November 8").Title);

    [Fact]
    public void Both_copies_of_a_badged_clip_title_are_known_and_a_line_ending_in_video_alone_is_not()
    {
        var lines = new PageLines(TextLine.Split("Ferry top headlines for May 8 Video\n\nFerry top headlines for May 8\n\nThe new timetable starts with a video\n\nFerry top headlines for May 8"));

        Assert.True(DoubledClipTitle.Is(lines, 0, lines.Count));
        Assert.True(DoubledClipTitle.Is(lines, 2, lines.Count));
        Assert.False(DoubledClipTitle.Is(lines, 4, lines.Count));
        Assert.False(DoubledClipTitle.Is(lines, 6, lines.Count));
    }
}
