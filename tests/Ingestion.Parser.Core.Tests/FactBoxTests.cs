using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FactBoxTests
{
    [Theory]
    [InlineData("Overview", true)]
    [InlineData("Website:", true)]
    [InlineData("Founded 2011", true)]
    [InlineData("Funding: $4.2M", true)]
    [InlineData("Website: loopwise.com", true)]
    [InlineData("Note: the company was founded in 2011", false)]
    [InlineData("Founded in 2011", false)]
    [InlineData("What the company does", false)]
    [InlineData("The company was founded in 2011 by two engineers.", false)]
    public void A_profile_label_is_told_from_a_crosshead(string line, bool label) => Assert.Equal(label, FactBox.IsLabel(line));
}
