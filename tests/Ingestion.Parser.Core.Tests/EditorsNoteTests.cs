using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EditorsNoteTests
{
    [Theory]
    [InlineData("Editor's Note: Farhad Vaziri is a senior fellow at the Lindell Institute. The views expressed are his own.", true)]
    [InlineData("Editors’ note: This story has been updated.", true)]
    [InlineData("The editor's note said nothing about the writer.", false)]
    public void The_note_on_the_writer_opens_with_its_label(string line, bool note) => Assert.Equal(note, EditorsNote.Opens(line));
}
