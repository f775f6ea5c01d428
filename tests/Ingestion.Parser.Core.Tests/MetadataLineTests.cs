using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetadataLineTests
{
    [Theory]
    [InlineData("Last Modified: 26 Aug 2013 14:05 GMT")]
    [InlineData("Last Modified: 26 Aug 2013 14:05 GMT Email Print Share Feedback")]
    [InlineData("Updated 14:05")]
    public void A_date_line_without_a_comma_is_read_without_throwing(string line)
    {
        var found = new MetadataLine.Found();

        var exception = Record.Exception(() => MetadataLine.TryRead(line, ref found));

        Assert.Null(exception);
    }
}
