using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ThreadRulesLinkTests
{
    [Theory]
    [InlineData("Discussion Policy")]
    [InlineData("Community Guidelines")]
    [InlineData("Conversation Guidelines")]
    public void The_rules_pages_link_alone_is_a_link(string text) => Assert.True(ThreadRulesLink.Is(text));

    [Theory]
    [InlineData("Brookland_Ed")]
    [InlineData("Discussion Policy matters here, I think.")]
    public void A_name_or_a_sentence_is_not(string text) => Assert.False(ThreadRulesLink.Is(text));

    [Fact]
    public void The_link_over_a_bare_name_is_no_comment()
    {
        var lines = new PageLines(TextLine.Split("All Comments\n\nDiscussion Policy\n\nBrookland_Ed\nI ride the Red Line every Saturday.\n9/17/2013 4:40 PM EDT"));

        Assert.Equal(CommentLine.Kind.Boilerplate, CommentLine.Classify(lines, 2));
    }
}
