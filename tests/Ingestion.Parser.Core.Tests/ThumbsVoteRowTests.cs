using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThumbsVoteRowTests
{
    [Theory]
    [InlineData("Antworten | Melden | 14 Daumen hoch | 1 Daumen runter", "Action")]
    [InlineData("Antworten | Melden | 0 Daumen hoch | 0 Daumen runter", "Action")]
    [InlineData("Daumen hoch für den Bürgermeister, der endlich handelt.", "Text")]
    public void An_austrian_papers_thumbs_with_their_counts_are_buttons(string line, string kind) =>
        Assert.Equal(kind, CommentLine.Classify(PageLines.Of(line), 0).ToString());
}
