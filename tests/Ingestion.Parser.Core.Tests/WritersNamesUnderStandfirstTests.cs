using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A broadsheet's header as a text browser prints it: the headline, a long standfirst without a full stop, the lead
/// clip's title ("… – video"), the two writers' bare names on one line and the date.
/// </summary>
public class WritersNamesUnderStandfirstTests
{
    private static ParsedPage Parse(string clipLine) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Harbour board approves the new ferry timetable

        The vote ends a year of debate about early sailings and island fares, though the promises from the board that no sailing will be cut do little to assuage the fears of islanders

        {clipLine}

        Imogen Braithwaite and Tobias Renner

        Tuesday 29 November 2016 15.26 EST

        The harbour board approved the new ferry timetable on Tuesday evening, after a long debate about the early sailings and the fares for islanders.

        The timetable takes effect in May, the board said, and the old one stays on the website until then.
        """), "ferry_lynx.txt");

    [Theory]
    [InlineData("Harbour police clear the quay with water cannon – video")]
    [InlineData("The storm over the harbour – in pictures")]
    public void The_names_over_the_date_are_the_writers_and_the_text_starts_under_them(string clipLine)
    {
        var page = Parse(clipLine);

        Assert.Equal("Harbour board approves the new ferry timetable", page.Title);
        Assert.Equal(["Imogen Braithwaite", "Tobias Renner"], page.Authors);
        Assert.Equal("2016-11-29T15:26:00-05:00", page.PublishedAt);
        Assert.StartsWith("The harbour board approved", page.BodyParagraphs[0]);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Police clear the quay with water cannon – video", true)]
    [InlineData("The storm's path - in pictures", true)]
    [InlineData("Inside the harbour office – podcast", true)]
    [InlineData("The council will publish the video.", false)]
    [InlineData("Ferry video", false)]
    public void A_dash_and_the_medium_end_an_embeds_title(string line, bool ends) => Assert.Equal(ends, MediaTitleSuffix.Ends(line));
}
