using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuotedPosterLineTests
{
    [Theory]
    [InlineData("farmgal wrote: That elevator has been a fire waiting to happen for years.", true)]
    [InlineData("  Ole Brekke Wrote: Thank God nobody got hurt.", true)]
    [InlineData("farmgal wrote:", false)]
    [InlineData("Source? The co-op passed its inspection in November.", false)]
    public void A_quoting_line_holds_the_words_after_wrote(string line, bool quotes) =>
        Assert.Equal(quotes, QuotedPosterLine.Is(line));

    [Theory]
    [InlineData("hollowtop wrote:", true)]
    [InlineData("  Ole Brekke Wrote:", true)]
    [InlineData("farmgal wrote: That elevator has been a fire waiting to happen.", false)]
    [InlineData("Only last year the planning board chair wrote a letter to the editor that wrote:", false)]
    public void A_quote_label_alone_ends_in_wrote(string line, bool label) =>
        Assert.Equal(label, QuotedPosterLine.IsLabelAlone(line));
}
