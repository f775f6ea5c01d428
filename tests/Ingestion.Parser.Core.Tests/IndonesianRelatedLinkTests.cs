using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IndonesianRelatedLinkTests
{
    [Theory]
    [InlineData("Baca juga: Tarif Kapal Feri Naik Mulai Bulan Depan, Ini Rinciannya")]
    [InlineData("Lihat juga: Jadwal Kapal ke Pulau Seribu Berubah")]
    public void An_indonesian_read_also_link_between_the_paragraphs_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Baca juga laporan dewan pelabuhan yang terbit pekan lalu sebelum rapat dimulai.")]
    [InlineData("Dewan juga membaca laporan itu: tarif naik sepuluh persen mulai Mei.")]
    public void A_sentence_that_asks_to_read_something_is_text(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));
}
