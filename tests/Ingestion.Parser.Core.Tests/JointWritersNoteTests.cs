using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JointWritersNoteTests
{
    private static readonly List<string> Writers = ["Anja Feldt", "Rory McAllister", "Priya Sundaram"];

    [Fact]
    public void A_note_on_two_of_the_writers_is_recognised() =>
        Assert.True(JointWritersNote.Is("Anja Feldt and Rory McAllister are staff writers. Priya Sundaram is a Frontier Science intern.", Writers));

    [Fact]
    public void A_sentence_naming_other_people_is_no_note() =>
        Assert.False(JointWritersNote.Is("Elena Marquardt and Howard Lindqvist are both studying sleep in fish.", Writers));

    [Fact]
    public void A_writer_and_a_stranger_are_no_note() =>
        Assert.False(JointWritersNote.Is("Anja Feldt and her students are planning a second trip.", Writers));

    [Fact]
    public void A_note_on_two_writers_of_a_byline_in_capitals_is_recognised() =>
        Assert.True(JointWritersNote.Is("Anja Feldt and Rory McAllister are staff writers.", ["ANJA FELDT", "RORY MCALLISTER"]));
}
