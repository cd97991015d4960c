;; Scoring kernels over a matrix of embedding rows held in an imported,
;; shared linear memory (see ../vector-store.ts for the layout).
;;
;; Invariants the callers guarantee (checked in TypeScript, not here):
;; - every row is `dim` lanes long and `dim` is a positive multiple of 16;
;; - every pointer is 16-byte aligned and inside the memory;
;; - int8 codes lie in [-127, 127] and the int16 query codes are small enough
;;   that 127 * max|code| * dim < 2^31, so integer sums never overflow.
;;
;; Determinism: exact scores of a row are computed by one function ($dot_f32)
;; whether the row is scored in a range or through a list of ids, so both give
;; bit-identical results and the int8 pre-pass + re-score reproduces the full
;; float ranking exactly. The summation order is fixed (four f32x4
;; accumulators, then a fixed pairwise reduction); no fused multiply-add.
(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; Dot product of one f32 row with the f32 query, `dim` lanes.
  (func $dot_f32 (param $v i32) (param $q i32) (param $dim i32) (result f32)
    (local $end i32)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
    (local.set $end (i32.add (local.get $v) (i32.shl (local.get $dim) (i32.const 2))))
    (loop $chunk
      (local.set $acc0 (f32x4.add (local.get $acc0)
        (f32x4.mul (v128.load offset=0 (local.get $v)) (v128.load offset=0 (local.get $q)))))
      (local.set $acc1 (f32x4.add (local.get $acc1)
        (f32x4.mul (v128.load offset=16 (local.get $v)) (v128.load offset=16 (local.get $q)))))
      (local.set $acc2 (f32x4.add (local.get $acc2)
        (f32x4.mul (v128.load offset=32 (local.get $v)) (v128.load offset=32 (local.get $q)))))
      (local.set $acc3 (f32x4.add (local.get $acc3)
        (f32x4.mul (v128.load offset=48 (local.get $v)) (v128.load offset=48 (local.get $q)))))
      (local.set $v (i32.add (local.get $v) (i32.const 64)))
      (local.set $q (i32.add (local.get $q) (i32.const 64)))
      (br_if $chunk (i32.lt_u (local.get $v) (local.get $end))))
    (local.set $acc0 (f32x4.add
      (f32x4.add (local.get $acc0) (local.get $acc1))
      (f32x4.add (local.get $acc2) (local.get $acc3))))
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0)))
      (f32.add (f32x4.extract_lane 2 (local.get $acc0)) (f32x4.extract_lane 3 (local.get $acc0)))))

  ;; out[r] = rows[r] . q for r in [first, first + count).
  (func (export "scoreF32Range")
    (param $rows i32) (param $q i32) (param $out i32) (param $first i32) (param $count i32) (param $dim i32)
    (local $v i32) (local $o i32) (local $stride i32) (local $end i32)
    (if (i32.eqz (local.get $count)) (then (return)))
    (local.set $stride (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $v (i32.add (local.get $rows) (i32.mul (local.get $first) (local.get $stride))))
    (local.set $o (i32.add (local.get $out) (i32.shl (local.get $first) (i32.const 2))))
    (local.set $end (i32.add (local.get $o) (i32.shl (local.get $count) (i32.const 2))))
    (loop $row
      (f32.store (local.get $o) (call $dot_f32 (local.get $v) (local.get $q) (local.get $dim)))
      (local.set $v (i32.add (local.get $v) (local.get $stride)))
      (local.set $o (i32.add (local.get $o) (i32.const 4)))
      (br_if $row (i32.lt_u (local.get $o) (local.get $end)))))

  ;; out[i] = rows[ids[i]] . q for i in [0, count): the exact re-score.
  (func (export "scoreF32Rows")
    (param $rows i32) (param $q i32) (param $ids i32) (param $out i32) (param $count i32) (param $dim i32)
    (local $stride i32) (local $end i32)
    (if (i32.eqz (local.get $count)) (then (return)))
    (local.set $stride (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))))
    (loop $row
      (f32.store (local.get $out)
        (call $dot_f32
          (i32.add (local.get $rows) (i32.mul (i32.load (local.get $ids)) (local.get $stride)))
          (local.get $q) (local.get $dim)))
      (local.set $ids (i32.add (local.get $ids) (i32.const 4)))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (br_if $row (i32.lt_u (local.get $out) (local.get $end)))))

;; out[r] = f32(codes[r] · k) · scales[r] · qScale for r in [first, first + count):
  ;; the approximate score of the int8 pre-pass. Each 16 codes are widened to
  ;; int16 and multiplied pairwise with the int16 query codes (i32x4.dot_i16x8_s);
  ;; the int32 sums are exact (see the code limits above).
  (func (export "scoreI8Range")
    (param $codes i32) (param $scales i32) (param $k i32) (param $qScale f32)
    (param $out i32) (param $first i32) (param $count i32) (param $dim i32)
    (local $c i32) (local $s i32) (local $o i32) (local $end i32) (local $rowEnd i32) (local $kk i32)
    (local $x v128) (local $acc0 v128) (local $acc1 v128)
    (if (i32.eqz (local.get $count)) (then (return)))
    (local.set $c (i32.add (local.get $codes) (i32.mul (local.get $first) (local.get $dim))))
    (local.set $s (i32.add (local.get $scales) (i32.shl (local.get $first) (i32.const 2))))
    (local.set $o (i32.add (local.get $out) (i32.shl (local.get $first) (i32.const 2))))
    (local.set $end (i32.add (local.get $o) (i32.shl (local.get $count) (i32.const 2))))
    (loop $row
      (local.set $rowEnd (i32.add (local.get $c) (local.get $dim)))
      (local.set $kk (local.get $k))
      (local.set $acc0 (v128.const i32x4 0 0 0 0))
      (local.set $acc1 (v128.const i32x4 0 0 0 0))
      ;; 16 codes per step: a row is a multiple of 16 lanes, not necessarily of 32
      (loop $chunk
        (local.set $x (v128.load (local.get $c)))
        (local.set $acc0 (i32x4.add (local.get $acc0)
          (i32x4.dot_i16x8_s (i16x8.extend_low_i8x16_s (local.get $x)) (v128.load offset=0 (local.get $kk)))))
        (local.set $acc1 (i32x4.add (local.get $acc1)
          (i32x4.dot_i16x8_s (i16x8.extend_high_i8x16_s (local.get $x)) (v128.load offset=16 (local.get $kk)))))
        (local.set $c (i32.add (local.get $c) (i32.const 16)))
        (local.set $kk (i32.add (local.get $kk) (i32.const 32)))
        (br_if $chunk (i32.lt_u (local.get $c) (local.get $rowEnd))))
      (local.set $acc0 (i32x4.add (local.get $acc0) (local.get $acc1)))
      (f32.store (local.get $o)
        (f32.mul
          (f32.mul
            (f32.convert_i32_s
              (i32.add
                (i32.add (i32x4.extract_lane 0 (local.get $acc0)) (i32x4.extract_lane 1 (local.get $acc0)))
                (i32.add (i32x4.extract_lane 2 (local.get $acc0)) (i32x4.extract_lane 3 (local.get $acc0)))))
            (f32.load (local.get $s)))
          (local.get $qScale)))
      (local.set $s (i32.add (local.get $s) (i32.const 4)))
      (local.set $o (i32.add (local.get $o) (i32.const 4)))
      (br_if $row (i32.lt_u (local.get $o) (local.get $end)))))

  ;; The cut of the pre-pass (see ../prepass-cut.ts). Per row r, with the
  ;; query's bound factors: E = (perResidual·residualNorms[r] + perNorm·norms[r])
  ;; + absolute, evaluated in f64 exactly as written (bounds must not round
  ;; down through float32). Rows whose bit is set in the exclusion bitmap
  ;; (bit r & 7 of byte r >> 3) are skipped when $useExclusion is non-zero.
  ;; Helpers are written out inline: V8 does not inline wasm calls here, and a
  ;; call per row costs as much as the row's work.

  ;; counts[bin] += 1 for each eligible row's lower bound a − E, where bin 0
  ;; takes bounds below $low (and NaN), bin b in 1..bins−1 bounds in
  ;; [low + (b−1)/binsPerUnit, low + b/binsPerUnit), and bin $bins everything
  ;; from low + (bins−1)/binsPerUnit up. counts has $bins + 1 int32 entries.
  (func (export "histogramLowerBounds")
    (param $approx i32) (param $residualNorms i32) (param $norms i32)
    (param $exclusion i32) (param $useExclusion i32)
    (param $perResidual f64) (param $perNorm f64) (param $absolute f64)
    (param $counts i32) (param $low f64) (param $binsPerUnit f64) (param $bins i32)
    (param $first i32) (param $count i32)
    (local $row i32) (local $end i32) (local $at i32) (local $lower f64) (local $scaled f64)
    (local $bin i32) (local $slot i32) (local $topScaled f64)
    (local.set $topScaled (f64.convert_i32_s (i32.sub (local.get $bins) (i32.const 1))))
    (local.set $row (local.get $first))
    (local.set $end (i32.add (local.get $first) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $row) (local.get $end)))
        (block $skip
          (br_if $skip
            (i32.and (local.get $useExclusion)
              (i32.shr_u
                (i32.load8_u (i32.add (local.get $exclusion) (i32.shr_u (local.get $row) (i32.const 3))))
                (i32.and (local.get $row) (i32.const 7)))))
          (local.set $at (i32.shl (local.get $row) (i32.const 2)))
          (local.set $lower
            (f64.sub
              (f64.promote_f32 (f32.load (i32.add (local.get $approx) (local.get $at))))
              (f64.add
                (f64.add
                  (f64.mul (local.get $perResidual) (f64.promote_f32 (f32.load (i32.add (local.get $residualNorms) (local.get $at)))))
                  (f64.mul (local.get $perNorm) (f64.promote_f32 (f32.load (i32.add (local.get $norms) (local.get $at))))))
                (local.get $absolute))))
          (local.set $bin (i32.const 0))
          (if (f64.ge (local.get $lower) (local.get $low))
            (then
              (local.set $scaled (f64.mul (f64.sub (local.get $lower) (local.get $low)) (local.get $binsPerUnit)))
              (local.set $bin (local.get $bins))
              (if (f64.lt (local.get $scaled) (local.get $topScaled))
                (then (local.set $bin (i32.add (i32.const 1) (i32.trunc_f64_s (local.get $scaled))))))))
          (local.set $slot (i32.add (local.get $counts) (i32.shl (local.get $bin) (i32.const 2))))
          (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $next))))

;; One pass that both checks a guessed cut and collects against it:
  ;; ids[0..n) = the eligible rows whose upper bound a + E is ≥ $cut, ascending;
  ;; returns n, and stores at $countOut (int32) how many eligible rows have a
  ;; lower bound a − E ≥ $lowerCut (the guess holds when that is ≥ K).
  (func (export "collectCandidates")
    (param $approx i32) (param $residualNorms i32) (param $norms i32)
    (param $exclusion i32) (param $useExclusion i32)
    (param $perResidual f64) (param $perNorm f64) (param $absolute f64)
    (param $lowerCut f64) (param $cut f64) (param $ids i32) (param $countOut i32)
    (param $first i32) (param $count i32) (result i32)
    (local $row i32) (local $end i32) (local $at i32) (local $kept i32) (local $above i32)
    (local $a f64) (local $e f64)
    (local.set $row (local.get $first))
    (local.set $end (i32.add (local.get $first) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $row) (local.get $end)))
        (block $skip
          (br_if $skip
            (i32.and (local.get $useExclusion)
              (i32.shr_u
                (i32.load8_u (i32.add (local.get $exclusion) (i32.shr_u (local.get $row) (i32.const 3))))
                (i32.and (local.get $row) (i32.const 7)))))
          (local.set $at (i32.shl (local.get $row) (i32.const 2)))
          (local.set $a (f64.promote_f32 (f32.load (i32.add (local.get $approx) (local.get $at)))))
          (local.set $e
            (f64.add
              (f64.add
                (f64.mul (local.get $perResidual) (f64.promote_f32 (f32.load (i32.add (local.get $residualNorms) (local.get $at)))))
                (f64.mul (local.get $perNorm) (f64.promote_f32 (f32.load (i32.add (local.get $norms) (local.get $at))))))
              (local.get $absolute)))
          (local.set $above (i32.add (local.get $above)
            (f64.ge (f64.sub (local.get $a) (local.get $e)) (local.get $lowerCut))))
          (br_if $skip (i32.eqz (f64.ge (f64.add (local.get $a) (local.get $e)) (local.get $cut))))
          (i32.store (i32.add (local.get $ids) (i32.shl (local.get $kept) (i32.const 2))) (local.get $row))
          (local.set $kept (i32.add (local.get $kept) (i32.const 1))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $next)))
    (i32.store (local.get $countOut) (local.get $above))
    (local.get $kept))

  ;; Quantisation of rows [first, first + count) to int8 (see ../quantize.ts
  ;; for the reference implementation and the error bound this feeds).
  ;; Per row: scale = max|v| / 127 (float32), codes = nearest(v / scale)
  ;; clamped to [-127, 127], residualNorms = ‖v − scale·codes‖₂ and
  ;; norms = ‖v‖₂, both summed in f64 (scale·code is exact there) and rounded
  ;; up to float32: bounds must never round down. A row with a NaN or
  ;; infinite entry gets zero codes and infinite bounds, so every search
  ;; re-scores it exactly.
  (func (export "quantizeRows")
    (param $vectors i32) (param $codes i32) (param $scales i32) (param $residualNorms i32) (param $norms i32)
    (param $first i32) (param $count i32) (param $stride i32)
    (local $row i32) (local $end i32) (local $v i32) (local $c i32) (local $vEnd i32) (local $at i32)
    (local $x v128) (local $lo v128) (local $hi v128) (local $code v128)
    (local $max v128) (local $squares v128) (local $residuals v128)
    (local $maxAbs f32) (local $normSquared f64) (local $residualSquared f64)
    (local $scale f32) (local $scaleV v128) (local $scale64 v128)
    (local $bound f64) (local $rounded f32)
    (local.set $row (local.get $first))
    (local.set $end (i32.add (local.get $first) (local.get $count)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $row) (local.get $end)))
        (local.set $v (i32.add (local.get $vectors) (i32.mul (local.get $row) (i32.shl (local.get $stride) (i32.const 2)))))
        (local.set $c (i32.add (local.get $codes) (i32.mul (local.get $row) (local.get $stride))))
        (local.set $vEnd (i32.add (local.get $v) (i32.shl (local.get $stride) (i32.const 2))))
        (local.set $at (i32.shl (local.get $row) (i32.const 2)))
        ;; pass 1: max |v| and ‖v‖² (f64)
        (local.set $max (v128.const i32x4 0 0 0 0))
        (local.set $squares (v128.const i32x4 0 0 0 0))
        (loop $lanes
          (local.set $x (v128.load (local.get $v)))
          (local.set $max (f32x4.max (local.get $max) (f32x4.abs (local.get $x))))
          (local.set $lo (f64x2.promote_low_f32x4 (local.get $x)))
          (local.set $hi (f64x2.promote_low_f32x4
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x))))
          (local.set $squares (f64x2.add (local.get $squares)
            (f64x2.add (f64x2.mul (local.get $lo) (local.get $lo)) (f64x2.mul (local.get $hi) (local.get $hi)))))
          (local.set $v (i32.add (local.get $v) (i32.const 16)))
          (br_if $lanes (i32.lt_u (local.get $v) (local.get $vEnd))))
        (local.set $v (i32.sub (local.get $v) (i32.shl (local.get $stride) (i32.const 2))))
        (local.set $maxAbs (f32.max
          (f32.max (f32x4.extract_lane 0 (local.get $max)) (f32x4.extract_lane 1 (local.get $max)))
          (f32.max (f32x4.extract_lane 2 (local.get $max)) (f32x4.extract_lane 3 (local.get $max)))))
        (local.set $normSquared (f64.add (f64x2.extract_lane 0 (local.get $squares)) (f64x2.extract_lane 1 (local.get $squares))))
        (local.set $scale (f32.div (local.get $maxAbs) (f32.const 127)))
        (if (f64.ne (f64.sub (local.get $normSquared) (local.get $normSquared)) (f64.const 0))
          (then
            ;; a NaN or infinite entry
            (memory.fill (local.get $c) (i32.const 0) (local.get $stride))
            (f32.store (i32.add (local.get $scales) (local.get $at)) (f32.const 0))
            (f32.store (i32.add (local.get $residualNorms) (local.get $at)) (f32.const inf))
            (f32.store (i32.add (local.get $norms) (local.get $at)) (f32.const inf)))
          (else
            (if (f32.eq (local.get $scale) (f32.const 0))
              (then
                ;; all codes 0, so the residual is the row itself
                (memory.fill (local.get $c) (i32.const 0) (local.get $stride))
                (local.set $residualSquared (local.get $normSquared)))
              (else
                ;; pass 2: four lanes at a time, codes and the residual v − scale·code
                (local.set $scaleV (f32x4.splat (local.get $scale)))
                (local.set $scale64 (f64x2.splat (f64.promote_f32 (local.get $scale))))
                (local.set $residuals (v128.const i32x4 0 0 0 0))
                (loop $quad
                  (local.set $x (v128.load (local.get $v)))
                  ;; |x / scale| exceeds 127 only by rounding; clamp the integers (cheaper than float min/max)
                  (local.set $code (i32x4.max_s (v128.const i32x4 -127 -127 -127 -127)
                    (i32x4.min_s (v128.const i32x4 127 127 127 127)
                      (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.div (local.get $x) (local.get $scaleV)))))))
                  (v128.store32_lane 0 (local.get $c)
                    (i8x16.narrow_i16x8_s
                      (i16x8.narrow_i32x4_s (local.get $code) (local.get $code))
                      (i16x8.narrow_i32x4_s (local.get $code) (local.get $code))))
                  (local.set $lo (f64x2.sub (f64x2.promote_low_f32x4 (local.get $x))
                    (f64x2.mul (f64x2.convert_low_i32x4_s (local.get $code)) (local.get $scale64))))
                  (local.set $hi (f64x2.sub
                    (f64x2.promote_low_f32x4
                      (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x)))
                    (f64x2.mul
                      (f64x2.convert_low_i32x4_s
                        (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $code) (local.get $code)))
                      (local.get $scale64))))
                  (local.set $residuals (f64x2.add (local.get $residuals)
                    (f64x2.add (f64x2.mul (local.get $lo) (local.get $lo)) (f64x2.mul (local.get $hi) (local.get $hi)))))
                  (local.set $v (i32.add (local.get $v) (i32.const 16)))
                  (local.set $c (i32.add (local.get $c) (i32.const 4)))
                  (br_if $quad (i32.lt_u (local.get $v) (local.get $vEnd))))
                (local.set $residualSquared (f64.add
                  (f64x2.extract_lane 0 (local.get $residuals))
                  (f64x2.extract_lane 1 (local.get $residuals))))))
            (f32.store (i32.add (local.get $scales) (local.get $at)) (local.get $scale))
            ;; store ‖δ‖ and ‖v‖ rounded up: demote, then step up one ulp if that rounded down
            (local.set $bound (f64.sqrt (local.get $residualSquared)))
            (local.set $rounded (f32.demote_f64 (local.get $bound)))
            (if (f64.lt (f64.promote_f32 (local.get $rounded)) (local.get $bound))
              (then (local.set $rounded (f32.reinterpret_i32 (i32.add (i32.reinterpret_f32 (local.get $rounded)) (i32.const 1))))))
            (f32.store (i32.add (local.get $residualNorms) (local.get $at)) (local.get $rounded))
            (local.set $bound (f64.sqrt (local.get $normSquared)))
            (local.set $rounded (f32.demote_f64 (local.get $bound)))
            (if (f64.lt (f64.promote_f32 (local.get $rounded)) (local.get $bound))
              (then (local.set $rounded (f32.reinterpret_i32 (i32.add (i32.reinterpret_f32 (local.get $rounded)) (i32.const 1))))))
            (f32.store (i32.add (local.get $norms) (local.get $at)) (local.get $rounded))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $next))))
)
