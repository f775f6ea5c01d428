using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignedNoteTests
{
    [Theory]
    [InlineData("CNN PRODUCER NOTE Name, a community organizer, photographed the vigil on Wednesday night. \"We wanted people to know,\" he said. – kbrandt, CNN iReport producer", true)]
    [InlineData("Smoke rises over the Westgate mall in Nairobi, Kenya, on Monday - Ben Curtis/AFP", false)]
    [InlineData("Officials met for two hours on Tuesday and agreed on a text for the council to vote on. – Reuters", false)]
    public void A_note_signed_after_its_last_sentence_is_prose(string line, bool isSigned) => Assert.Equal(isSigned, SignedNote.EndsWithSignature(line));
}
