using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KickerLeadTests
{
    [Theory]
    [InlineData("INSOLITE - Des plongeurs l'ont repêché lors d'un exercice...", true)]
    [InlineData("TRANSPORTS – La ligne T2 sera fermée tout l'été…", true)]
    [InlineData("INSOLITE - Des plongeurs l'ont repêché lors d'un exercice.", false)]
    [InlineData("Lille - Des plongeurs l'ont repêché lors d'un exercice...", false)]
    public void A_rubric_in_capitals_a_dash_and_a_teaser_trailing_off_is_a_bold_lead(string line, bool lead) =>
        Assert.Equal(lead, KickerLead.Is(line));

    [Theory]
    [InlineData("Un vélo V'Lille, le 10 mars 2013. M.LIBERT/24HC", true)]
    [InlineData("Une rame du tramway T2 à Bron. AFP", true)]
    [InlineData("Lille: Un vélo en libre-service retrouvé au fond de la Deûle", false)]
    public void A_sentence_with_its_credit_in_capitals_over_the_lead_is_the_caption(string line, bool caption) =>
        Assert.Equal(caption, KickerLead.IsCaptionOver(line));
}
