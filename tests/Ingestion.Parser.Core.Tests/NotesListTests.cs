using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NotesListTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Feature =
        "One has already moved 64 miles down the river and into Indiana.\n\nNotes\n\n"
        + " 1. Illinois Department of Natural Resources, River Otter Recovery Plan, 1994.\n"
        + " 2. J. Morrow and T. Kessler, \"Statewide occurrence of river otters in Illinois,\" Journal of Prairie Mammalogy 41 (2013): 211–224.";

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_notes_label_and_its_numbered_citations_are_furniture(int index) => Assert.True(NotesList.Is(Lines(Feature), index));

    [Fact]
    public void The_text_above_the_notes_is_no_note() => Assert.False(NotesList.Is(Lines(Feature), 0));

    [Fact]
    public void A_numbered_list_under_no_notes_label_stays() =>
        Assert.False(NotesList.Is(Lines("Three things to know:\n\n 1. The vote was 7-3.\n 2. An appeal is likely."), 3));

    [Fact]
    public void A_science_storys_references_list_is_furniture()
    {
        var lines = Lines("The sites are all close to the coast.\n\nReferences\n\n  1. Halvorsen, K. Isotopic evidence. J. Archaeol. Sci. 40, 4321–4330 (2013).\n  2. Mertens, A. Early farming. Antiquity 86, 1012–1027 (2012).");
        Assert.True(NotesList.Is(lines, 2));
        Assert.True(NotesList.Is(lines, 5));
        Assert.False(NotesList.Is(lines, 0));
    }

    [Fact]
    public void A_references_line_over_prose_is_no_label() =>
        Assert.False(NotesList.Is(Lines("References\n\nThe employer asked for two references from each applicant."), 0));
}
