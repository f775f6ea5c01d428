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

    [Theory]
    [InlineData("This is the longer version of a conversation first published in the print edition of the Harbour Weekly on March 3rd .", true)]
    [InlineData("This interview originally appeared in the print issue of Coast Monthly, translated from the Dutch.", true)]
    [InlineData("Dieser Artikel erschien zuerst in der Printausgabe des Hafenboten vom 3. März 2019.", true)]
    [InlineData("Cet entretien a été publié dans l'édition imprimée du Courrier du port du 3 mars.", true)]
    [InlineData("This report was first published in 1998 and caused a storm in the harbour board.", false)]
    [InlineData("This is the first time the print edition of the paper has carried a whole page in English.", false)]
    [InlineData("The interview was first published in the print edition of the Harbour Weekly on March 3rd.", false)]
    public void A_note_that_the_piece_was_first_printed_is_no_text(string line, bool note) => Assert.Equal(note, PrintIssueNote.Is(line));
}
