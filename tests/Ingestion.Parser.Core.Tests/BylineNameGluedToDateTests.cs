using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineNameGluedToDateTests
{
    [Theory]
    [InlineData("By Adam KesslerSept. 25, 2013", "By Adam Kessler | Sept. 25, 2013")]
    [InlineData("By Nina OrtegaMay 5, 2013", "By Nina Ortega | May 5, 2013")]
    [InlineData("By Adam KesslerSept. 27, 20137 Comments", "By Adam Kessler | Sept. 27, 2013 | 7 Comments")]
    // A day-first date, and the comment count's link glued to its year.
    [InlineData("by Lucas Nolan22 Dec 2016651", "by Lucas Nolan | 22 Dec 2016 | 651")]
    [InlineData("by Lucas Nolan3 March 2017", "by Lucas Nolan | 3 March 2017")]
    // The label "By" glued to the name, and the date's own label glued to the name and the date.
    [InlineData("ByMarla QuinnPublishedMarch 12, 2014, 3:28 PM EDT 1205 views", "ByMarla Quinn | Published March 12, 2014, 3:28 PM EDT 1205 views")]
    [InlineData("ByMarla QuinnMarch 12, 2014", "ByMarla Quinn | March 12, 2014")]
    [InlineData("By Marla QuinnUpdatedMarch 12, 2014", "By Marla Quinn | Updated March 12, 2014")]
    // A word that only ends in a label's letters is the name's own.
    [InlineData("By Marla UnpublishedMarch 12, 2014", "By Marla Unpublished | March 12, 2014")]
    public void A_date_glued_to_the_writers_name_is_set_apart(string line, string spaced) =>
        Assert.Equal(spaced, BylineNameGluedToDate.Spaced(line));

    [Theory]
    [InlineData("By Tom DeMarco")]
    [InlineData("By Tom DeMarco 5, 2013")]
    [InlineData("By Adam Kessler Sept. 25, 2013")]
    [InlineData("Kessler wrote it in his notebookMay 5, 2013")]
    [InlineData("By Ann McMarch")]
    // Digits after a name that start no day-first date.
    [InlineData("by Lucas Nolan22 Decibels")]
    // "Byron" is no glued label.
    [InlineData("Byron QuinnPublishedMarch 12, 2014")]
    public void A_name_with_an_inner_capital_or_a_spaced_date_stays_as_it_is(string line) =>
        Assert.Equal(line, BylineNameGluedToDate.Spaced(line));
}
