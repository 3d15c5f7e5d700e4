import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { elementaryIntervals, formatIp, IpSet, parseCidr, parseIp, rangeToCidrs } from './ip.js';
import { ConnSet } from './ports.js';

describe('IP addresses and sets', () => {
  it('parses and prints IPv4 and IPv6 as Go does (RFC 5952 compression, no leading zeros in IPv4)', () => {
    for (const [text, printed] of [
      ['10.0.0.1', '10.0.0.1'],
      ['2001:db8::1', '2001:db8::1'],
      ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
      ['::', '::'],
      ['::ffff:10.1.2.3', '::ffff:a01:203'],
      ['fd00:ec2::254', 'fd00:ec2::254'],
      ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
    ]) {
      const ip = parseIp(text)!;
      assert.ok(ip, text);
      assert.equal(formatIp(ip.family, ip.value), printed);
    }
    for (const bad of ['10.0.0', '010.0.0.1', '256.1.1.1', '1::2::3', '2001:db8::g', '1:2:3:4:5:6:7:8:9']) assert.equal(parseIp(bad), undefined, bad);
  });

  it('masks host bits of a CIDR and rejects bad prefixes', () => {
    const c = parseCidr('10.1.2.3/8')!;
    assert.equal(formatIp(4, c.lo), '10.0.0.0');
    assert.equal(formatIp(4, c.hi), '10.255.255.255');
    assert.equal(parseCidr('10.0.0.0/33'), undefined);
    assert.equal(parseCidr('2001:db8::/129'), undefined);
    assert.equal(parseCidr('10.0.0.0'), undefined);
  });

  it('covers a range with the fewest CIDRs, IPv4 and IPv6', () => {
    assert.deepEqual(rangeToCidrs(4, parseIp('10.2.0.0')!.value, parseIp('10.255.255.255')!.value), ['10.2.0.0/15', '10.4.0.0/14', '10.8.0.0/13', '10.16.0.0/12', '10.32.0.0/11', '10.64.0.0/10', '10.128.0.0/9']);
    assert.deepEqual(rangeToCidrs(4, 0n, (1n << 32n) - 1n), ['0.0.0.0/0']);
    assert.deepEqual(rangeToCidrs(4, 5n, 5n), ['0.0.0.5/32']);
    assert.deepEqual(rangeToCidrs(6, parseIp('2001:db8::')!.value, parseIp('2001:db8:0:ffff:ffff:ffff:ffff:ffff')!.value), ['2001:db8::/48']);
  });

  it('set operations and elementary intervals', () => {
    const a = IpSet.cidr(parseCidr('10.0.0.0/8')!).subtract(IpSet.cidr(parseCidr('10.1.0.0/16')!));
    assert.equal(a.toString(), '10.0.0.0-10.0.255.255, 10.2.0.0-10.255.255.255');
    assert.ok(a.contains(4, parseIp('10.0.1.1')!.value));
    assert.ok(!a.contains(4, parseIp('10.1.1.1')!.value));
    assert.ok(!a.contains(6, 0n));
    assert.equal(a.union(IpSet.cidr(parseCidr('10.1.0.0/16')!)).toCidrs().join(), '10.0.0.0/8');
    assert.equal(IpSet.ALL.intersect(a).toString(), a.toString());
    assert.deepEqual(
      elementaryIntervals(4, [a]).map((i) => `${formatIp(4, i.lo)}-${formatIp(4, i.hi)}`),
      ['0.0.0.0-9.255.255.255', '10.0.0.0-10.0.255.255', '10.1.0.0-10.1.255.255', '10.2.0.0-10.255.255.255', '11.0.0.0-255.255.255.255'],
    );
  });
});

describe('connection sets', () => {
  it('union, intersection, subtraction and the JSON contract', () => {
    const web = ConnSet.range('TCP', 80, 80).union(ConnSet.range('TCP', 443, 443)).union(ConnSet.range('TCP', 81, 442));
    assert.equal(web.toString(), 'TCP 80-443');
    assert.deepEqual(web.intersect(ConnSet.range('TCP', 400, 500)).toJSON(), [{ protocol: 'TCP', from: 400, to: 443 }]);
    assert.equal(ConnSet.ALL.subtract(ConnSet.protocol('UDP')).subtract(ConnSet.protocol('SCTP')).toString(), 'TCP (all ports)');
    assert.equal(ConnSet.protocol('TCP').union(ConnSet.protocol('UDP')).union(ConnSet.protocol('SCTP')).toJSON(), 'all');
    assert.ok(ConnSet.range('UDP', 53, 53).intersect(ConnSet.range('TCP', 53, 53)).isEmpty());
    assert.equal(web.subtract(ConnSet.range('TCP', 100, 200)).toString(), 'TCP 80-99,201-443');
  });
});
