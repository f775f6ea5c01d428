using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Topics in this article: Angela Merkel, Germany": an international channel's tag label, as "Themen zu diesem Artikel:" is German.</summary>
public class TopicsInThisArticleLabelTests
{
    [Fact]
    public void The_label_lists_tags() => Assert.Equal(["Angela Merkel", "Germany", "Europe"], TagLineParser.TryRead("Topics in this article: Angela Merkel, Germany, Europe"));

    [Fact]
    public void A_sentence_about_the_topics_is_no_tag_line() =>
        Assert.Null(TagLineParser.TryRead("The topics in this article were chosen by the editors, who said so on Tuesday."));
}
