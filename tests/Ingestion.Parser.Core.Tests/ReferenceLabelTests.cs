using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReferenceLabelTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private static readonly string LongCitation = string.Join(", ", Enumerable.Range(1, 18).Select(i => $"Author{(char)('A' + i)} B. Surname{(char)('a' + i)}"))
        + ". Tidal currents and the training of harbour pilots on a simulator. Marine Navigation Letters, 2020; DOI: 10.1000/mnl.2020.0412";

    [Fact]
    public void A_citation_of_a_paper_with_many_authors_under_the_label_is_furniture()
    {
        Assert.True(LongCitation.Length > 400);
        Assert.True(ReferenceLabel.IsUnder(Lines("Journal Reference:\n" + LongCitation), 1));
    }

    [Fact]
    public void A_long_paragraph_under_another_label_stays()
    {
        Assert.False(ReferenceLabel.IsUnder(Lines("Background:\n" + LongCitation), 1));
    }
}
