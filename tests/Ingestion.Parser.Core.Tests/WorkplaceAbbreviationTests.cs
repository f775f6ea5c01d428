using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WorkplaceAbbreviationTests
{
    [Theory]
    [InlineData("Carl Ebersole · Works at Delmar County Highway Dept.", true)]
    [InlineData("Ann Lee · Works at Harbor Freight Co.", true)]
    [InlineData("Ann Lee · I agree with Tom.", false)]
    [InlineData("Works at Delmar County Highway Department", false)]
    public void A_workplace_abbreviation_ends_no_sentence(string line, bool ends) =>
        Assert.Equal(ends, WorkplaceAbbreviation.Ends(line));
}
