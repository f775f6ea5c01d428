using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineNameGluedToDateTests
{
    [Theory]
    [InlineData("By Adam KesslerSept. 25, 2013", "By Adam Kessler | Sept. 25, 2013")]
    [InlineData("By Nina OrtegaMay 5, 2013", "By Nina Ortega | May 5, 2013")]
    [InlineData("By Adam KesslerSept. 27, 20137 Comments", "By Adam Kessler | Sept. 27, 2013 | 7 Comments")]
    public void A_date_glued_to_the_writers_name_is_set_apart(string line, string spaced) =>
        Assert.Equal(spaced, BylineNameGluedToDate.Spaced(line));

    [Theory]
    [InlineData("By Tom DeMarco")]
    [InlineData("By Tom DeMarco 5, 2013")]
    [InlineData("By Adam Kessler Sept. 25, 2013")]
    [InlineData("Kessler wrote it in his notebookMay 5, 2013")]
    [InlineData("By Ann McMarch")]
    public void A_name_with_an_inner_capital_or_a_spaced_date_stays_as_it_is(string line) =>
        Assert.Equal(line, BylineNameGluedToDate.Spaced(line));
}
