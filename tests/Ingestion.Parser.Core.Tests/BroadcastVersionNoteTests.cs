using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BroadcastVersionNoteTests
{
    [Theory]
    [InlineData("This is a web version of a story that aired on KPRN's Morning Edition. Audio may differ slightly from the text; transcripts are available on request.", true)]
    [InlineData("A version of this story aired on All Things Considered.", true)]
    [InlineData("This story aired on Weekend Edition.", true)]
    [InlineData("This story originally aired on Sept. 12, 2013.", true)]
    [InlineData("This story aired on Monday and drew hundreds of calls to the station from listeners in three counties.", false)]
    [InlineData("This is a web version of the county's budget, the clerk said, and it will be updated weekly.", false)]
    [InlineData("The story aired on Morning Edition.", false)]
    [InlineData("A version of the bill passed the House in June.", false)]
    public void A_note_that_the_page_copies_a_broadcast_is_no_text(string line, bool note) => Assert.Equal(note, BroadcastVersionNote.Is(line));

    [Fact]
    public void The_note_is_boilerplate_under_the_text() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("A version of this story aired on All Things Considered."));
}
