using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A blog's h2 headline whose dash the sharing title respelled ("–" shown, "-" shared) is the title as shown (SecondLevelHeadline, RespelledShareTitle).</summary>
public class RespelledSecondLevelHeadlineTests
{
    private static string? Fuller(string body, string title)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        return SecondLevelHeadline.Fuller(document, HeadlineWords.Of(title), title);
    }

    [Fact]
    public void The_h2_with_the_shown_dash_is_the_headline() =>
        Assert.Equal("Ferry timetable notes \u2013 winter 2014",
            Fuller("<div class=\"post\"><h2><a href=\"/notes\" rel=\"bookmark\">Ferry timetable notes \u2013 winter 2014</a></h2><p>Text.</p></div>", "Ferry timetable notes - winter 2014"));

    [Fact]
    public void An_h2_differing_in_a_word_or_in_a_rail_is_not()
    {
        Assert.Null(Fuller("<h2>Ferry timetable notes \u2013 summer 2014</h2>", "Ferry timetable notes - winter 2014"));
        Assert.Null(Fuller("<aside><h2>Ferry timetable notes \u2013 winter 2014</h2></aside>", "Ferry timetable notes - winter 2014"));
    }
}
