using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLabelAfterBylineDateTests
{
    [Theory]
    [InlineData("By MARA TOLLEFSEN, Harbour Editor | Wednesday June 4, 2014 @ 9:12am EDTTags: Ferries, Harbour Board", "By MARA TOLLEFSEN, Harbour Editor | Wednesday June 4, 2014 @ 9:12am EDT")]
    [InlineData("By Mara Tollefsen | March 4, 2014 9:12 am Tagged: Ferries, Harbour Board", "By Mara Tollefsen | March 4, 2014 9:12 am")]
    public void The_date_of_a_meta_row_ends_where_its_tags_label_starts(string line, string expected) =>
        Assert.Equal(expected, TagLabelAfterBylineDate.Without(line));

    [Fact]
    public void The_words_after_the_glued_label_are_the_tags() =>
        Assert.Equal(["Ferries", "Harbour Board"], TagLabelAfterBylineDate.TryRead("By MARA TOLLEFSEN | Wednesday June 4, 2014 @ 9:12am EDTTags: Ferries, Harbour Board"));

    [Theory]
    [InlineData("Posted: Tuesday, March 4, 2014 9:12 am | Tags: Ferries, Harbour Board")]
    [InlineData("Tags: Ferries, Harbour Board, 2014")]
    [InlineData("By Mara Tollefsen Tags: Ferries, Harbour Board")]
    [InlineData("The 2014 schedule Tags: the ferry will run late all week.")]
    public void A_label_after_a_bar_or_with_no_date_before_it_is_left_alone(string line)
    {
        Assert.Equal(line, TagLabelAfterBylineDate.Without(line));
        Assert.Null(TagLabelAfterBylineDate.TryRead(line));
    }

    [Fact]
    public void A_meta_row_whose_tags_run_into_its_date_gives_the_time_and_the_tags()
    {
        const string html = """
            <html><head><title>Ferry board weighs winter timetable</title></head><body>
            <div class="post">
            <h1 class="post-title"><a href="/2014/03/ferry-board/">Ferry board weighs winter timetable</a></h1>
            <div class="meta"><span class="meta-author">By <a href="/author/mtollefsen/">MARA TOLLEFSEN, Harbour Editor</a></span> | Wednesday June 4, 2014 @ 9:12am EDT<span class="post-tags">Tags: <a href="/tag/ferries/">Ferries</a>, <a href="/tag/harbour-board/">Harbour Board</a></span></div>
            <div class="post-content">
            <p>The harbour board will decide next month whether the morning ferry keeps its six o'clock sailing through the winter.</p>
            <p>Members heard from commuters on Monday who said the early boat is the only one that gets them to work on time.</p>
            </div></div>
            </body></html>
            """;

        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal("2014-06-04T09:12:00-04:00", parsed.PublishedAt);
        Assert.Equal(["Ferries", "Harbour Board"], parsed.Tags);
    }
}
