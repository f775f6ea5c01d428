using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublishedInPaperTests
{
    [Fact]
    public void The_papers_label_is_recognised() =>
        Assert.True(PublishedInPaper.IsLabel("Published in The Cass County Pioneer"));

    [Fact]
    public void A_sentence_about_publishing_is_no_label() =>
        Assert.False(PublishedInPaper.IsLabel("Published in a hurry, the report was wrong"));

    [Fact]
    public void The_line_gives_the_date_and_no_author()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Published in The Cass County Pioneer on Sept. 27, 2013", ref found));
        Assert.Equal(new DateOnly(2013, 9, 27), found.Time?.Date);
        Assert.Null(found.Authors);
    }
}
