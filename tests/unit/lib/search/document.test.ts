import { describe, expect, it } from 'vitest';
import { innovationSchema, type Innovation } from '../../../../src/lib/schema/innovation.ts';
import { searchDocumentSchema, toSearchDocument } from '../../../../src/lib/index/document.ts';
import { publicRecordOfHit } from '../../../../src/lib/index/places.ts';

const record: Innovation = {
  id: 'basaba-641dbd04',
  title: 'BASABA (Bapak Sayang Bayi)',
  acronym: 'BASABA',
  expansion: 'Bapak Sayang Bayi',
  summary: 'Pelayanan Puskesmas untuk bayi baru lahir.',
  sections: { impact: 'Kematian bayi menurun.' },
  year: 2018,
  years: [2018, 2019],
  agency: 'Pemerintah Kota Padang',
  unit: 'RSUD Dr. Rasidin',
  cluster: 'kota',
  provinceCode: '13',
  province: 'Sumatera Barat',
  regencyCode: '13.71',
  regency: 'Kota Padang',
  sectors: ['kesehatan'],
  categories: ['Pelayanan Kesehatan'],
  sdgs: [3],
  status: 'berlanjut',
  awards: [
    { programme: 'kipp', year: 2018, level: 'top-99', label: 'Top 99' },
    { programme: 'kipp', year: 2018, level: 'top-40', label: 'Top 40' },
    { programme: 'kipp', year: 2019, level: 'top-99', label: 'Top 99' },
  ],
  programmes: ['kipp'],
  provenance: [{ programme: 'kipp', sourceId: 'KIPP-2018-00122', year: 2018 }],
  innovators: ['Nurhayati'],
  interestCount: 2,
  replicationCount: 1,
  updatedAt: '2025-01-02T10:00:00+07:00',
};

describe('toSearchDocument', () => {
  const document = toSearchDocument(record);

  it('keeps the public record, with updatedAt in UTC', () => {
    const { awardLevels, latestYear, stemmedTitle, stemmedAgency, stemmedText, ...rest } = document;
    const {
      yearClusters,
      yearProgrammes,
      yearSectors,
      cohortStatus,
      survivalChanges,
      ...withPlaces
    } = rest;
    const { placeUnrecognised, programmeStatus, verifiedDay, ...withAgencies } = withPlaces;
    const { agencies, agencyKeys, ...record_ } = withAgencies;
    // A known status without an agency's update is the programme's word.
    expect(record_).toEqual({
      ...record,
      statusSource: 'programme',
      updatedAt: '2025-01-02T03:00:00.000Z',
    });
    expect(programmeStatus).toBe('berlanjut');
    // No dated status statement: never verified (an award says nothing of what became of it).
    expect(verifiedDay).toBeNull();
    expect(placeUnrecognised).toBe(false);
    // Who runs it in the one form of each name: the unit in its region (RSUD written out).
    expect(agencies).toEqual([
      'Pemerintah Kota Padang',
      'Rumah Sakit Umum Daerah Dr. Rasidin Kota Padang',
    ]);
    expect(agencyKeys).toEqual([
      'pemerintah-kota-padang',
      'rumah-sakit-umum-daerah-dr-rasidin-kota-padang',
    ]);
    expect([awardLevels, latestYear, stemmedTitle, stemmedAgency, stemmedText]).toHaveLength(5);
    expect([yearClusters, yearProgrammes, yearSectors, cohortStatus, survivalChanges]).toHaveLength(
      5,
    );
  });

  it('holds the day of a dated status statement, and no agency key for a name without letters', () => {
    const dated = toSearchDocument({
      ...record,
      unit: undefined,
      statusUpdatedAt: '2025-03-01',
      agency: '???',
    });
    expect(dated.verifiedDay).toBe(Date.UTC(2025, 2, 1) / 86_400_000);
    expect(dated.agencies).toEqual(['???']);
    expect(dated.agencyKeys).toEqual([]);
  });

  it('moves a place the ingest could not resolve out of the facets, kept as written', () => {
    const unresolved: Innovation = {
      ...record,
      province: 'Sumatera Tengah',
      regency: 'Kota Antah Berantah',
    };
    delete unresolved.provinceCode;
    delete unresolved.regencyCode;
    const indexed = toSearchDocument(unresolved);
    expect(indexed.province).toBeUndefined();
    expect(indexed.regency).toBeUndefined();
    expect(indexed).toMatchObject({
      provinceAsWritten: 'Sumatera Tengah',
      regencyAsWritten: 'Kota Antah Berantah',
      placeUnrecognised: true,
    });
    expect(publicRecordOfHit(indexed)).toEqual(
      innovationSchema.parse({
        ...unresolved,
        statusSource: 'programme',
        updatedAt: indexed.updatedAt,
      }),
    );
    // A regency kept as written in a resolved province: the province stays a facet value.
    const inProvince: Innovation = { ...record, regency: 'Kabupaten Sukamaju' };
    delete inProvince.regencyCode;
    expect(toSearchDocument(inProvince)).toMatchObject({
      province: record.province,
      regencyAsWritten: 'Kabupaten Sukamaju',
      placeUnrecognised: true,
    });
  });

  it('keeps the most recent year the innovation appears, for the newest-first sort', () => {
    expect(document.latestYear).toBe(2019);
    expect(toSearchDocument({ ...record, years: [2021, 2016] }).latestYear).toBe(2021);
  });

  it('pairs facet values for the trends page’s cross tables', () => {
    expect(document.yearClusters).toEqual(['2018|kota', '2019|kota']);
    // The programme only in the years it holds a record of, not every year the innovation has.
    expect(document.yearProgrammes).toEqual(['2018|kipp']);
    expect(
      toSearchDocument({ ...record, sectors: ['kesehatan', 'perempuan-anak'] }).yearSectors,
    ).toEqual(['2018|kesehatan', '2018|perempuan-anak', '2019|kesehatan', '2019|perempuan-anak']);
    // The status today, under the year of the first award.
    expect(document.cohortStatus).toEqual(['2018|berlanjut']);
    expect(toSearchDocument({ ...record, awards: [] }).cohortStatus).toEqual([]);
    // The survival changes: none without a dated statement; with the programme's statement of
    // 2020 on an innovation first awarded in 2018, running from two years after the award.
    expect(document.survivalChanges).toEqual([]);
    expect(toSearchDocument({ ...record, statusUpdatedAt: '2020-06-30' }).survivalChanges).toEqual([
      '2018|2|unknown>running',
    ]);
  });

  it('lists each award level once', () => {
    expect(document.awardLevels).toEqual(['top-99', 'top-40']);
  });

  it('shadows the name: stems, acronym, expansion', () => {
    expect(document.stemmedTitle).toEqual([
      'basaba bapak sayang bayi',
      'basaba',
      'bapak sayang bayi',
    ]);
  });

  it('shadows agency and region with their abbreviated forms and synonyms', () => {
    expect(document.stemmedAgency).toEqual([
      'pemerintah kota padang',
      'pemkot padang',
      'pemkot',
      'pemda',
      'rsud dr rasidin',
      'rumah sakit umum daerah dr rasidin',
      'rumah sakit umum daerah',
      'kota padang',
      'sumatera barat',
    ]);
  });

  it('shadows prose with the stems that differ and the synonyms it holds', () => {
    expect(document.stemmedText).toEqual([
      'layan',
      'pusat kesehatan masyarakat',
      'pusat sehat masyarakat',
      'layan sehat',
      'mati turun',
    ]);
  });

  it('is a valid search document', () => {
    expect(searchDocumentSchema.parse(document)).toEqual(document);
  });

  it('copies no field outside the public record, even one smuggled in at run time', () => {
    const withContact = { ...record, contact: 'kontak@padang.go.id' };
    expect(toSearchDocument(withContact)).not.toHaveProperty('contact');
    expect(() => searchDocumentSchema.parse({ ...document, contact: 'x' })).toThrow();
  });
});
