using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsNameBeforeSourceTests
{
    [Theory]
    [InlineData("PETER SOKOLOV Atlantic Press", "PETER SOKOLOV")]
    [InlineData("JOHN O'NEIL Staff Writer", "JOHN O'NEIL")]
    [InlineData("MARY ANN McCARTHY", "MARY ANN McCARTHY")]
    [InlineData("Peter Sokolov", "Peter Sokolov")]
    [InlineData("LARA MENDEZ", "LARA MENDEZ")]
    [InlineData("JOHN Smith Jones", "JOHN Smith Jones")]
    public void A_capitals_name_ends_where_a_mixed_case_source_begins(string piece, string name) =>
        Assert.Equal(name, CapitalsNameBeforeSource.Trim(piece));
}
