using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PrintIssueNoteTests
{
    [Theory]
    [InlineData("This story appears in the October 2013 issue of Harbor & Main.", true)]
    [InlineData("This article appeared in the Sunday edition of the Ledger.", true)]
    [InlineData("From the October 2013 issue", true)]
    [InlineData("From the Sept. 30, 2013 issue of Harbor & Main", true)]
    [InlineData("This story appears in the middle of a long fight over the county budget.", false)]
    [InlineData("The October 2013 issue of the magazine sold out in two days.", false)]
    [InlineData("From the 1990 issue of the bulletin, she learned the trade.", false)]
    [InlineData("From the start, the 2013 budget was a hard sell.", false)]
    public void A_note_of_the_print_issue_is_no_text(string line, bool note) => Assert.Equal(note, PrintIssueNote.Is(line));
}
