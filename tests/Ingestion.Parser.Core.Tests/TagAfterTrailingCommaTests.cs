using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagAfterTrailingCommaTests
{
    private const string Story =
        "Ferry board weighs winter timetable\n\nBy Mara Tollefsen\n\n"
        + "The harbour board will decide next month whether the morning ferry keeps its six o'clock sailing through the winter.\n\n"
        + "Members heard from commuters on Monday who said the early boat is the only one that gets them to work on time.\n\n";

    [Fact]
    public void A_share_word_after_a_tag_that_ends_with_a_comma_is_the_next_tag()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Story + "Tags:\n  ferries,\n  timetables,\n  Twitter,\n  harbour board\n"), "page.txt");

        Assert.Equal(["ferries", "timetables", "Twitter", "harbour board"], page.Tags);
    }

    [Fact]
    public void A_share_word_after_the_last_tag_is_no_tag()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Story + "Tags:\n  ferries,\n  timetables\n  Twitter\n  Facebook\n"), "page.txt");

        Assert.DoesNotContain("Twitter", page.Tags);
        Assert.Contains("timetables", page.Tags);
    }
}
