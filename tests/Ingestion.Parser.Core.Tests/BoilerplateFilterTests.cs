using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoilerplateFilterTests
{
    [Theory]
    [InlineData("2,311 Share Tweet Email Comment")]
    [InlineData("* Share this on Facebook")]
    [InlineData("• Share this on Twitter")]
    [InlineData("Advertisement")]
    [InlineData("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")]
    [InlineData("* * *")]
    [InlineData("We value your privacy")]
    [InlineData("You have read 3 of 4 free articles this month")]
    [InlineData("Support us")]
    [InlineData("#alternate alternate The Ashby Ledger » Feed The Ashby Ledger » Comments Feed")]
    [InlineData("Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.")]
    [InlineData("* Font Size: Default font size. Larger font size.")]
    public void Share_rows_their_counts_and_their_list_items_are_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Shares rose 2,311 points on Tuesday after the report.")]
    [InlineData("Supporters say the plan will cut commuting times by a third.")]
    [InlineData("* Residents will vote on the plan in May")]
    [InlineData("Under the new law, companies must ask for consent before they process personal data, the regulator said.")]
    public void Text_is_no_boilerplate(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));
}
