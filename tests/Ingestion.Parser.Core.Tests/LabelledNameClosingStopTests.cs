using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledNameClosingStopTests
{
    private static ParsedPage Parse(string header) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(BlogThreadShape.Text(header, "12.09.2016 @ 6:00 PM", "")), "thread.txt");

    [Fact]
    public void A_name_and_role_closed_by_a_full_stop_under_the_by_label_is_the_commenter()
    {
        var page = Parse("By: Quay Watcher, Dock Farmer.");
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("Quay Watcher", page.Comments[0].Author);
        Assert.Equal(["Good."], page.Comments[0].Paragraphs);
    }

    [Fact]
    public void A_sentence_after_the_label_is_no_name()
    {
        var page = Parse("By: the way, I agree with the council.");
        Assert.DoesNotContain(page.Comments, comment => (comment.Author ?? string.Empty).StartsWith("the way", StringComparison.Ordinal));
    }
}
