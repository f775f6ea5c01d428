using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentLineTests
{
    [Theory]
    [InlineData("Comment policy: Be respectful. No personal attacks, no spam. Comments are reviewed and may be removed.", "Boilerplate")]
    [InlineData("The Camera-Herald's comment policy: We welcome your opinions. Abusive comments will be removed.", "Boilerplate")]
    [InlineData("I read the site's comment policy: it says nothing about links to the council's own website.", "Text")]
    [InlineData("[This comment was removed by the moderator for violating our comment policy.]", "Removed")]
    [InlineData("[Citation needed] This comment was removed from the minutes, which is my point.", "Text")]
    public void House_rules_and_bracketed_placeholders_are_told_from_a_comments_text(string line, string kind) =>
        Assert.Equal(kind, CommentLine.Classify(PageLines.Of(line), 0).ToString());
}
