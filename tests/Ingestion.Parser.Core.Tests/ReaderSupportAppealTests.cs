using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReaderSupportAppealTests
{
    [Theory]
    [InlineData("KRVL's newsroom is made possible by listeners like you. Support local reporting today.", true)]
    [InlineData("Listener support makes stories like this possible. Give now.", true)]
    [InlineData("The Harbor Ledger is a nonprofit that depends on readers like you. Your gift keeps us reporting.", true)]
    [InlineData("Readers like you have written to the council about the ferry schedule for years.", false)] // no ask
    [InlineData("\"We depend on listeners like you,\" the station manager said, asking for support.", false)] // a quotation
    [InlineData("The station said donations from members like you had fallen by a third.", false)] // reported
    public void A_newsrooms_appeal_for_gifts_names_its_patrons_and_asks(string line, bool appeal) =>
        Assert.Equal(appeal, ReaderSupportAppeal.Is(line));
}
