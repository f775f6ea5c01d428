using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Name ist Sprachwissenschaftler an der Universität …" closing a guest piece: the writers' card, no body.</summary>
public class GermanWriterBioCardTests
{
    private static readonly string[] Writers = ["Jonas Wendler", "Marlene Ostrowski"];

    private const string TwoWriterCard =
        "Jonas Wendler ist Historiker an der Universität Greifenau. Im Herbst wird er Leiter des Stadtarchivs in Lindholm und "
        + "lehrt dort Landesgeschichte. Demnächst erscheint von ihm \"Brücken und Fähren. Eine Geschichte des Übersetzens\" "
        + "(Kranich-Verlag). Marlene Ostrowski ist Professorin für Verkehrsgeschichte an der Hochschule Mellrich und "
        + "Trägerin des Weidenpreises 2016. Im Frühjahr erscheint von ihr und Paul Sander \"Schienen im Moor. Eine Einführung "
        + "in die Kleinbahnen des Nordens\" (Moorweg-Verlag).";

    [Fact]
    public void A_card_of_two_writers_under_the_text_goes()
    {
        var body = new List<string> { "Erster Absatz des Beitrags über Fähren.", "Zweiter Absatz, der schließt.", "Dritter Absatz.", TwoWriterCard };
        WriterBioCard.RemoveFrom(body, Writers);
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void A_long_last_paragraph_opening_with_a_first_name_alone_stays()
    {
        var paragraph = "Jonas ist " + new string('x', 500) + ".";
        var body = new List<string> { "Erster Absatz.", "Zweiter Absatz.", paragraph };
        WriterBioCard.RemoveFrom(body, Writers);
        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void A_last_paragraph_about_someone_else_stays()
    {
        var body = new List<string> { "Erster Absatz.", "Zweiter Absatz.", "Paul Sander ist Verleger in Mellrich und sagt, die Fähre komme wieder." };
        WriterBioCard.RemoveFrom(body, Writers);
        Assert.Equal(3, body.Count);
    }
}
